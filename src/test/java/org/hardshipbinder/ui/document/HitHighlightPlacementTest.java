package org.hardshipbinder.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.geometry.Rectangle2D;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.hardshipbinder.imaging.GeneratedPhotos;
import org.hardshipbinder.imaging.Quad;
import org.hardshipbinder.intake.ImportOptions;
import org.hardshipbinder.intake.ImportOutcome;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.Page;
import org.hardshipbinder.model.Word;
import org.hardshipbinder.ocr.EngineProvider;
import org.hardshipbinder.ocr.OcrEngine;
import org.hardshipbinder.ocr.OcrRequest;
import org.hardshipbinder.ocr.TesseractEngines;
import org.hardshipbinder.ui.pages.PageImages;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.wiring.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search hit's highlight sits on the word in the page image the document screen shows, whatever was done to the
 * page on the way: scanned askew (read straightened), scanned sideways (turned upright), a small picture (enlarged for
 * reading), a phone photo (cleaned), a PDF whose media box does not start at 0,0 and one turned by its /Rotate.
 * Real import, real Tesseract, real rendering. Where the word truly is comes from a twin of the page with only that
 * word on it, imported and drawn through the same path; the highlight must cover that box and not stray from it.
 */
class HitHighlightPlacementTest {

    private static final String TARGET = "hardship";
    private static final String[] LINES = {
            "Dear officer, I write this letter about the",
            "family of my neighbour and the hardship",
            "they would suffer if the father had to leave",
            "the country. He works six days a week and",
            "pays the rent for the house where they live.",
            "Their daughter has asthma and needs him."};
    private static final int SHOWN_WIDTH = 1000;

    @TempDir
    Path dir;
    private Services services;
    private Case theCase;
    private PageImages images;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("vault"), AccessMode.READ_WRITE);
        theCase = services.cases().create(CaseKind.I_601A, "Ana", null);
        images = new PageImages(services.originals(), services.originalFiles(), services.pageImages());
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aPageScannedAskewIsHighlightedWhereTheWordIsNotWhereItWasReadStraightened() throws Exception {
        assertCovers(scan("askew", img -> skew(img, 2.5)));
    }

    @Test
    void aPageScannedSidewaysAndAskew() throws Exception {
        assertCovers(scan("sideways", img -> quarterTurn(skew(img, -1.5))));
    }

    @Test
    void aSmallPictureOfAPageEnlargedForReading() throws Exception {
        assertCovers(scan("small", img -> scale(skew(img, 2), 0.3)));
    }

    @Test
    void aTextPdfWhoseMediaBoxDoesNotStartAtZero() throws Exception {
        assertCovers(new Twin(pdf("offset", false, new PDRectangle(100, 200, 612, 792), 0),
                pdf("offset-only", true, new PDRectangle(100, 200, 612, 792), 0)));
    }

    @Test
    void aTextPdfTurnedByItsRotateEntry() throws Exception {
        assertCovers(new Twin(pdf("rotated", false, new PDRectangle(612, 792), 90),
                pdf("rotated-only", true, new PDRectangle(612, 792), 90)));
    }

    /** A phone photo is shown and read cleaned: the highlighted part of the shown image reads as the word. */
    @Test
    void aCleanedPhonePhoto() throws Exception {
        Quad paper = new Quad(new double[] {260, 1250, 1340, 160}, new double[] {250, 215, 1800, 1760});
        Path photo = dir.resolve("photo.jpg");
        ImageIO.write(GeneratedPhotos.photo(1500, 2000, paper, 4), "jpeg", photo.toFile());
        Document document = importFile(photo);
        read(document);
        Page page = services.pages().listForDocument(document.id()).get(0);
        assertThat(services.pageImages().cleanedInUse(page.id())).isPresent();
        BufferedImage shown = images.render(document, page, SHOWN_WIDTH);
        EngineProvider.Ready ready = (EngineProvider.Ready) new TesseractEngines(dir.resolve("tessdata"), null).prepare();
        try (OcrEngine engine = ready.engines().get()) {
            for (String target : List.of("husband", "garage", "therapy")) {
                Word word = word(page, target);
                Rectangle2D box = HitBoxes.highlight(word, shown.getWidth(), shown.getHeight());
                BufferedImage cut = onWhite(shown, box);
                String read = engine.recognize(cut, 150, "eng").text();
                assertThat(read).as("the highlighted part of the cleaned photo for \"%s\"", target).containsIgnoringCase(target);
            }
        }
    }

    private record Twin(Path full, Path onlyTarget) {
    }

    private void assertCovers(Twin twin) throws Exception {
        Document document = importFile(twin.full());
        Document mask = importFile(twin.onlyTarget());
        read(document);
        Page page = services.pages().listForDocument(document.id()).get(0);
        Page maskPage = services.pages().listForDocument(mask.id()).get(0);
        // The twin is shown turned the way the page was found upright.
        services.pageImages().setDetectedRotation(maskPage.id(), services.pageImages().detectedRotation(page.id()));
        BufferedImage shown = images.render(document, page, SHOWN_WIDTH);
        BufferedImage truth = images.render(mask, maskPage, SHOWN_WIDTH);
        assertThat(truth.getWidth()).isEqualTo(shown.getWidth());
        assertThat(truth.getHeight()).isEqualTo(shown.getHeight());
        Rectangle2D word = ink(truth);
        Rectangle2D highlight = HitBoxes.highlight(word(page, TARGET), shown.getWidth(), shown.getHeight());
        double covered = area(intersection(word, highlight)) / area(word);
        assertThat(covered).as("share of the word %s under the highlight %s", word, highlight).isGreaterThanOrEqualTo(0.85);
        assertThat(Math.abs(centreY(highlight) - centreY(word))).as("highlight %s below or above the word %s", highlight, word)
                .isLessThan(word.getHeight() * 0.35);
        assertThat(area(highlight)).as("highlight %s no larger than about the word %s", highlight, word)
                .isLessThan(area(word) * 2.5);
    }

    private Word word(Page page, String target) {
        List<Word> words = services.pageTexts().find(page.id()).orElseThrow().words();
        return words.stream().filter(w -> w.text().toLowerCase().replaceAll("[^a-z]", "").equals(target)).findFirst()
                .orElseThrow(() -> new AssertionError("\"" + target + "\" not read on the page: " + words.stream().map(Word::text).toList()));
    }

    private Document importFile(Path file) {
        ImportOutcome outcome = services.importService().importFile(theCase.id(), file, ImportOptions.defaults());
        assertThat(outcome).isInstanceOf(ImportOutcome.Imported.class);
        return services.documents().find(((ImportOutcome.Imported) outcome).documentId()).orElseThrow();
    }

    private void read(Document document) throws InterruptedException {
        services.ocr().run(OcrRequest.forDocuments(List.of(document.id()), 1), p -> { });
    }

    // --- pages -------------------------------------------------------------------------------------------------

    /** A 300-dpi letter and its twin with only the target word, both put through {@code change}, as PNG files. */
    private Twin scan(String name, UnaryOperator<BufferedImage> change) throws IOException {
        Path full = dir.resolve(name + ".png");
        Path only = dir.resolve(name + "-only.png");
        ImageIO.write(change.apply(letter(false)), "png", full.toFile());
        ImageIO.write(change.apply(letter(true)), "png", only.toFile());
        return new Twin(full, only);
    }

    private static BufferedImage letter(boolean onlyTarget) {
        BufferedImage page = new BufferedImage(2550, 3300, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 60));
        FontMetrics metrics = g.getFontMetrics();
        int y = 400;
        for (String line : LINES) {
            int x = 300;
            for (String word : line.split(" ")) {
                if (!onlyTarget || word.equals(TARGET)) {
                    g.drawString(word, x, y);
                }
                x += metrics.stringWidth(word + " ");
            }
            y += metrics.getHeight() * 3 / 2;
        }
        g.dispose();
        return page;
    }

    private static BufferedImage skew(BufferedImage image, double degrees) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(degrees), image.getWidth() / 2.0, image.getHeight() / 2.0);
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return out;
    }

    private static BufferedImage quarterTurn(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getHeight(), image.getWidth(), BufferedImage.TYPE_BYTE_GRAY);
        AffineTransform t = new AffineTransform();
        t.translate(image.getHeight(), 0);
        t.quadrantRotate(1);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, t, null);
        g.dispose();
        return out;
    }

    private static BufferedImage scale(BufferedImage image, double factor) {
        int w = (int) Math.round(image.getWidth() * factor);
        int h = (int) Math.round(image.getHeight() * factor);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    /** A PDF with the letter as text, on a page with media box {@code box} and /Rotate {@code rotate}. */
    private Path pdf(String name, boolean onlyTarget, PDRectangle box, int rotate) throws IOException {
        Path file = dir.resolve(name + ".pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(box);
            page.setRotation(rotate);
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = box.getUpperRightY() - 100;
                for (String line : LINES) {
                    float x = box.getLowerLeftX() + 72;
                    for (String word : line.split(" ")) {
                        if (!onlyTarget || word.equals(TARGET)) {
                            cs.beginText();
                            cs.setFont(font, 14);
                            cs.newLineAtOffset(x, y);
                            cs.showText(word);
                            cs.endText();
                        }
                        x += font.getStringWidth(word + " ") / 1000 * 14;
                    }
                    y -= 22;
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    // --- measuring ---------------------------------------------------------------------------------------------

    /** The box around the dark pixels of an image (the twin's one word). */
    private static Rectangle2D ink(BufferedImage image) {
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int luma = ((rgb >> 16 & 0xff) * 299 + (rgb >> 8 & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
                if (luma < 128) {
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        assertThat(maxX).as("ink on the twin page").isGreaterThanOrEqualTo(0);
        return new Rectangle2D(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }

    /** The part of {@code image} under {@code box}, on a white margin (the engine reads a lone word better so). */
    private static BufferedImage onWhite(BufferedImage image, Rectangle2D box) {
        int x = (int) Math.max(0, Math.floor(box.getMinX()));
        int y = (int) Math.max(0, Math.floor(box.getMinY()));
        int w = (int) Math.min(image.getWidth() - x, Math.ceil(box.getWidth()));
        int h = (int) Math.min(image.getHeight() - y, Math.ceil(box.getHeight()));
        int margin = Math.max(10, h);
        BufferedImage out = new BufferedImage((w + 2 * margin) * 2, (h + 2 * margin) * 2, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image.getSubimage(x, y, w, h), 2 * margin, 2 * margin, 2 * w, 2 * h, null);
        g.dispose();
        return out;
    }

    private static Rectangle2D intersection(Rectangle2D a, Rectangle2D b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        double maxX = Math.min(a.getMaxX(), b.getMaxX());
        double maxY = Math.min(a.getMaxY(), b.getMaxY());
        return maxX <= minX || maxY <= minY ? Rectangle2D.EMPTY : new Rectangle2D(minX, minY, maxX - minX, maxY - minY);
    }

    private static double area(Rectangle2D r) {
        return r.getWidth() * r.getHeight();
    }

    private static double centreY(Rectangle2D r) {
        return r.getMinY() + r.getHeight() / 2;
    }
}
