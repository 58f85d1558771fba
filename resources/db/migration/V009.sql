-- A phone photo of a page made to look scanned (paper found, perspective corrected, background cropped, light
-- evened): kept beside the original, whose bytes never change. The image is stored as its file states it upright
-- (EXIF applied). in_use = 0 when the user chose to go back to the original for this page.
CREATE TABLE page_images (
    page_id   INTEGER PRIMARY KEY REFERENCES pages(id) ON DELETE CASCADE,
    image     BLOB NOT NULL,
    width_px  INTEGER NOT NULL,
    height_px INTEGER NOT NULL,
    corners   TEXT NOT NULL,
    in_use    INTEGER NOT NULL DEFAULT 1,
    made_at   TEXT NOT NULL
);
