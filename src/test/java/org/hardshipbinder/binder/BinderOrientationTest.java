package org.hardshipbinder.binder;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Photos whose rotation is only in EXIF, and PDF pages with /Rotate, are placed upright. */
class BinderOrientationTest {

    @TempDir
    Path dir;

    @Test
    void exifRotatedPhotosAreAllPlacedTheSameWayUp() throws Exception {
        try (BinderFixture f = new BinderFixture(dir)) {
            f.importFile(BinderFixture.corpus("tesseract_js/simple-90.jpg"));
            f.importFile(BinderFixture.corpus("tesseract_js/simple-180.jpg"));
            f.importFile(BinderFixture.corpus("tesseract_js/simple-270.jpg"));
            BinderOutcome.Built built = (BinderOutcome.Built) f.build(dir.resolve("photos.pdf"), null, null);
            List<BufferedImage> pages = new ArrayList<>();
            try (PDDocument doc = Loader.loadPDF(built.volumes().get(0).toFile())) {
                PDFRenderer renderer = new PDFRenderer(doc);
                for (int page : new int[] {3, 5, 7}) {
                    pages.add(renderer.renderImageWithDPI(page, 30, ImageType.GRAY));
                }
            }
            assertThat(pages.get(0).getWidth()).isEqualTo(pages.get(1).getWidth());
            assertThat(difference(pages.get(0), pages.get(1))).isLessThan(0.02);
            assertThat(difference(pages.get(0), pages.get(2))).isLessThan(0.02);
            BufferedImage turned = rotate180(pages.get(0));
            assertThat(difference(turned, pages.get(1))).isGreaterThan(difference(pages.get(0), pages.get(1)) * 2);
        }
    }

    /** Mean absolute grey difference, 0..1, ignoring the stamp band at the bottom. */
    private static double difference(BufferedImage a, BufferedImage b) {
        long total = 0;
        int band = a.getHeight() * 54 / 792;
        int count = 0;
        for (int y = 0; y < a.getHeight() - band; y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                total += Math.abs((a.getRGB(x, y) & 0xff) - (b.getRGB(x, y) & 0xff));
                count++;
            }
        }
        return total / (255.0 * count);
    }

    private static BufferedImage rotate180(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        int band = image.getHeight() * 54 / 792;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                out.setRGB(x, y, 0xffffffff);
            }
        }
        // Turn the content area only, so the stamp band stays where the comparison ignores it.
        int h = image.getHeight() - band;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                out.setRGB(image.getWidth() - 1 - x, h - 1 - y, image.getRGB(x, y));
            }
        }
        return out;
    }
}
