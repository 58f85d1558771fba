package org.hardshipbinder.binder;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
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
import org.hardshipbinder.model.Page;

/**
 * A photo or scan placed on a Letter page at its true orientation (the page's clockwise rotation
 * from EXIF, then the user's turn). JPEG
 * bytes go into the binder unchanged; other formats are decoded one frame at a time and stored losslessly.
 */
final class ImageSource {

    private ImageSource() {
    }

    static PageContent jpeg(PDDocument target, InputStream original, Page page) throws IOException {
        return content(JPEGFactory.createFromStream(target, original), page);
    }

    static PageContent frame(PDDocument target, Path file, Page page) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new IOException("no reader for this image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, true);
                BufferedImage image = reader.read(page.originalPage() - 1);
                return content(LosslessFactory.createFromImage(target, image), page);
            } finally {
                reader.dispose();
            }
        }
    }

    private static PageContent content(PDImageXObject image, Page page) {
        int rotation = page.uprightRotation();
        double w = page.widthPt();
        double h = page.heightPt();
        return PageContent.rotated(rotation, w, h, (cs, at) -> {
            at.scale(w, h);
            cs.drawImage(image, new Matrix(at));
        });
    }
}
