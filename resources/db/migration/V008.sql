-- The clockwise quarter turn that text recognition found makes a page upright, on top of the rotation its file
-- states (PDF /Rotate, EXIF). NULL: not looked for (text layer, not read yet). Viewer, thumbnails and binder apply it.
ALTER TABLE pages ADD COLUMN detected_rotation INTEGER;
