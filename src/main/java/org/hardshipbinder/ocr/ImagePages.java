package org.hardshipbinder.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.hardshipbinder.imaging.PhotoSignals;
import org.hardshipbinder.model.Page;

/**
 * Frames of an image file (several for a multi-page TIFF), turned by the page's stored rotation (EXIF), cleaned when
 * they are photos of a page, turned by the user's turn, made gray and brought to at most 300 dpi.
 */
final class ImagePages implements AutoCloseable {

    private final ImageInputStream in;
    private final ImageReader reader;
    private final PhotoSignals signals;
    private final PagePhotos photos;

    /** {@code in}: the original's bytes; {@code signals}: what its metadata says of where it came from. */
    ImagePages(ImageInputStream in, PhotoSignals signals, PagePhotos photos) throws IOException {
        this.signals = signals;
        this.photos = photos;
        this.in = in;
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            in.close();
            throw new IOException("no reader for this image type");
        }
        this.reader = readers.next();
        reader.setInput(in, false, false);
    }

    PageInput read(Page page) throws IOException {
        BufferedImage frame = reader.read(page.originalPage() - 1);
        BufferedImage upright = GrayImages.quarterTurnsKeepingColour(frame, page.rotation());
        BufferedImage shown = photos.toRead(page, upright, signals);
        // The cleaned image is kept as the file shows it upright; the user's own turn comes after it.
        BufferedImage gray = GrayImages.quarterTurns(GrayImages.toGray(shown), page.userTurn());
        double widthPt = page.uprightRotation() % 180 == 0 ? page.widthPt() : page.heightPt();
        // A cleaned photo is the paper alone: take it as a letter-width sheet.
        double dpi = shown == upright ? gray.getWidth() * 72.0 / Math.max(1, widthPt)
                : Math.min(gray.getWidth(), gray.getHeight()) / 8.5;
        if (dpi > PdfPages.DPI * 1.05) {
            gray = GrayImages.scale(gray, PdfPages.DPI / dpi);
            dpi = PdfPages.DPI;
        }
        return new PageInput.Scan(gray, (int) Math.max(70, Math.round(dpi)));
    }

    @Override
    public void close() throws IOException {
        reader.dispose();
        in.close();
    }
}
