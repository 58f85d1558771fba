package org.hardshipbinder.binder;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.hardshipbinder.imaging.GeneratedPhotos;
import org.hardshipbinder.imaging.Quad;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.Page;
import org.hardshipbinder.ocr.EngineProvider;
import org.hardshipbinder.ocr.GeneratedPages;
import org.hardshipbinder.ocr.OcrEngine;
import org.hardshipbinder.ocr.OcrRequest;
import org.hardshipbinder.ocr.Recognition;
import org.hardshipbinder.ocr.TesseractEngines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real Tesseract, real PDFs: scans stored upside down and sideways, and a phone photo on a dark table, go through OCR
 * into a binder whose pages are rendered back and read again without any orientation help — they read only if they
 * were printed upright — and the photo's page shows no dark border.
 */
class BinderUprightTest {

    @TempDir
    Path dir;

    @Test
    void turnedScansAndAPhotoAreUprightAndCleanInTheBinder() throws Exception {
        try (BinderFixture f = new BinderFixture(dir)) {
            BufferedImage letter = GeneratedPages.letter(GeneratedPages.ENGLISH, 11);
            Document upsideDown = f.importFile(scanPdf(turn(letter, 180), "upside-down"));
            Document sideways = f.importFile(scanPdf(turn(letter, 90), "sideways"));
            Quad paper = new Quad(new double[] {260, 1250, 1340, 160}, new double[] {250, 215, 1800, 1760});
            Path photoFile = dir.resolve("photo.jpg");
            ImageIO.write(GeneratedPhotos.photo(1500, 2000, paper, 4), "jpeg", photoFile.toFile());
            Document photo = f.importFile(photoFile);
            f.services.ocr().run(OcrRequest.forCase(f.theCase.id(), 1), p -> { });

            assertThat(detected(f, upsideDown)).isEqualTo(180);
            assertThat(detected(f, sideways)).isEqualTo(270);
            Page photoPage = f.services.pages().listForDocument(photo.id()).get(0);
            assertThat(f.services.pageImages().cleanedInUse(photoPage.id())).isPresent();

            BinderOutcome.Built built = (BinderOutcome.Built) f.build(dir.resolve("binder.pdf"), null, null);
            List<String> pageTexts = new ArrayList<>();
            List<BufferedImage> images = new ArrayList<>();
            EngineProvider.Ready ready = (EngineProvider.Ready) new TesseractEngines(dir.resolve("tessdata"), null).prepare();
            try (PDDocument binder = Loader.loadPDF(built.volumes().get(0).toFile());
                 OcrEngine engine = ready.engines().get()) {
                PDFRenderer renderer = new PDFRenderer(binder);
                for (int i = 0; i < binder.getNumberOfPages(); i++) {
                    BufferedImage rendered = renderer.renderImageWithDPI(i, 150, ImageType.GRAY);
                    images.add(rendered);
                    Recognition read = engine.recognize(rendered, 150, "eng");
                    pageTexts.add(read.text());
                }
            }
            long upright = pageTexts.stream()
                    .filter(t -> GeneratedPages.wordAccuracy(GeneratedPages.ENGLISH, t) >= 0.9).count();
            assertThat(upright).as("binder pages reading the letter upright").isEqualTo(2);
            int photoIndex = indexOf(pageTexts, "garage on Elm Street");
            assertThat(photoIndex).as("the photo's page reads upright").isGreaterThanOrEqualTo(0);
            assertThat(darkShare(images.get(photoIndex))).as("dark share of the photo's page").isLessThan(0.06);
        }
    }

    private static int detected(BinderFixture f, Document document) {
        Page page = f.services.pages().listForDocument(document.id()).get(0);
        return f.services.pageImages().detectedRotation(page.id());
    }

    private static int indexOf(List<String> texts, String phrase) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).replaceAll("\\s+", " ").contains(phrase)) {
                return i;
            }
        }
        return -1;
    }

    /** Share of pixels darker than mid-grey above the stamp band: text alone stays far below a table's border. */
    private static double darkShare(BufferedImage page) {
        int band = page.getHeight() * 54 / 792;
        long dark = 0;
        long all = 0;
        for (int y = 0; y < page.getHeight() - band; y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                all++;
                if ((page.getRGB(x, y) & 0xff) < 110) {
                    dark++;
                }
            }
        }
        return (double) dark / all;
    }

    private static BufferedImage turn(BufferedImage image, int degrees) {
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = degrees % 180 != 0;
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.geom.AffineTransform t = new java.awt.geom.AffineTransform();
        t.translate(out.getWidth() / 2.0, out.getHeight() / 2.0);
        t.quadrantRotate(degrees / 90);
        t.translate(-w / 2.0, -h / 2.0);
        java.awt.Graphics2D g = out.createGraphics();
        g.drawImage(image, t, null);
        g.dispose();
        return out;
    }

    /** An image-only PDF page holding a 300-dpi scan, no /Rotate: the page is stored the way the image lies. */
    private Path scanPdf(BufferedImage scan, String name) throws IOException {
        Path file = dir.resolve(name + ".pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(scan.getWidth() * 72f / 300, scan.getHeight() * 72f / 300));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(JPEGFactory.createFromImage(doc, scan, 0.8f), 0, 0, page.getMediaBox().getWidth(),
                        page.getMediaBox().getHeight());
            }
            doc.save(file.toFile());
        }
        return file;
    }
}
