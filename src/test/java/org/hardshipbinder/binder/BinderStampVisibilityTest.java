package org.hardshipbinder.binder;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.hardshipbinder.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stamp must be seen, not just extracted: a scanned page carries an invisible OCR text layer, and the stamp drawn
 * after it must still print in black. Renders the page and looks for ink in the stamp's margin box.
 */
class BinderStampVisibilityTest {

    @TempDir
    Path dir;

    @Test
    void stampOnAScannedPageWithATextLayerIsVisible() throws Exception {
        try (BinderFixture fixture = new BinderFixture(dir)) {
            Document scan = fixture.importFile(fixture.scanJpeg("scan", 1275, 1650, 7));
            fixture.ocrWords(scan, "Zanzibar", "diagnosis");
            BinderOutcome.Built built = (BinderOutcome.Built) fixture.build(dir.resolve("binder.pdf"), null, null);
            try (PDDocument pdf = Loader.loadPDF(built.volumes().get(0).toFile())) {
                int lastPage = pdf.getNumberOfPages() - 1;
                BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(lastPage, 144, ImageType.GRAY);
                assertThat(darkPixels(image, 32, 72)).as("ink in the stamp box at the bottom margin").isGreaterThan(20);
            }
        }
    }

    /** Dark pixels in the horizontal band {@code fromBottom..toBottom} pixels above the bottom edge. */
    private static int darkPixels(BufferedImage image, int fromBottom, int toBottom) {
        int dark = 0;
        for (int y = image.getHeight() - toBottom; y < image.getHeight() - fromBottom; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xff) < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
