package org.hardshipbinder.binder;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;
import org.hardshipbinder.model.CleanedImage;
import org.hardshipbinder.model.Page;

/**
 * A photo or scan placed on a Letter page at its true orientation (the page's clockwise rotation from EXIF, plus the
 * user's turn or, when they never turned it, the turn text recognition found upright), or the cleaned image of a
 * photographed page. JPEG
 * bytes go into the binder unchanged; other formats are decoded one frame at a time and stored losslessly.
 */
final class ImageSource {

    private ImageSource() {
    }

    static PageContent jpeg(PDDocument target, InputStream original, Page page, int turn) throws IOException {
        return content(JPEGFactory.createFromStream(target, original), page, turn);
    }

    /** A frame of an image original (a TIFF's page), read from {@code original}, which this closes. */
    static PageContent frame(PDDocument target, ImageInputStream original, Page page, int turn) throws IOException {
        try (ImageInputStream in = original) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("no reader for this image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, true);
                BufferedImage image = reader.read(page.originalPage() - 1);
                return content(LosslessFactory.createFromImage(target, image), page, turn);
            } finally {
                reader.dispose();
            }
        }
    }

    /**
     * A photographed page's cleaned image (JPEG bytes, upright as its file's rotation shows it) turned by
     * {@code turn}, sized as a letter-width sheet: it is the paper alone.
     */
    static PageContent cleaned(PDDocument target, CleanedImage cleaned, int turn) throws IOException {
        PDImageXObject image = JPEGFactory.createFromByteArray(target, cleaned.jpeg());
        double pointsPerPixel = 612.0 / Math.min(cleaned.widthPx(), cleaned.heightPx());
        return content(image, turn, cleaned.widthPx() * pointsPerPixel, cleaned.heightPx() * pointsPerPixel);
    }

    private static PageContent content(PDImageXObject image, Page page, int turn) {
        return content(image, page.rotation() + turn, page.widthPt(), page.heightPt());
    }

    private static PageContent content(PDImageXObject image, int rotation, double w, double h) {
        return PageContent.rotated(rotation, w, h, (cs, at) -> {
            at.scale(w, h);
            cs.drawImage(image, new Matrix(at));
        });
    }
}
