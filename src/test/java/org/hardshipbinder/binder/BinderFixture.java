package org.hardshipbinder.binder;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.hardshipbinder.intake.ImportOptions;
import org.hardshipbinder.intake.ImportOutcome;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.Page;
import org.hardshipbinder.model.PageText;
import org.hardshipbinder.model.TextOrigin;
import org.hardshipbinder.model.Word;
import org.hardshipbinder.testdata.TestCorpus;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.wiring.Services;

/** A real vault in a temporary folder with generated born-digital PDFs and scans imported into one case. */
final class BinderFixture implements AutoCloseable {

    final Path dir;
    final Services services;
    final Case theCase;

    BinderFixture(Path dir) {
        this.dir = dir;
        this.services = Services.open(dir.resolve("vault"), AccessMode.READ_WRITE);
        this.theCase = services.cases().create(CaseKind.I_601A, "María López", null);
    }

    static Path corpus(String relative) {
        return TestCorpus.file(relative);
    }

    /** A born-digital PDF whose pages say "{name} page N", with optional page size. */
    Path digitalPdf(String name, int pages, PDRectangle size) throws IOException {
        Path file = dir.resolve(name + ".pdf");
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage(size);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 14);
                    cs.newLineAtOffset(50, size.getHeight() - 80);
                    cs.showText(name + " page " + i);
                    cs.endText();
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** A phone-scan-like JPEG (noise makes it realistically large); the words are drawn in the image only. */
    Path scanJpeg(String name, int width, int height, long seed) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        Random random = new Random(seed);
        for (int i = 0; i < width * height / 40; i++) {
            int v = 180 + random.nextInt(75);
            image.setRGB(random.nextInt(width), random.nextInt(height), new Color(v, v, v).getRGB());
        }
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(12, width / 30)));
        g.drawString(name, width / 10, height / 8);
        g.dispose();
        Path file = dir.resolve(name + ".jpg");
        ImageIO.write(image, "jpeg", file.toFile());
        return file;
    }

    Document importFile(Path file) {
        return importFile(file, null);
    }

    Document importFile(Path file, String password) {
        ImportOutcome outcome = services.importService().importFile(theCase.id(), file,
                ImportOptions.defaults().withPassword(password));
        if (!(outcome instanceof ImportOutcome.Imported imported)) {
            throw new IllegalStateException("fixture import failed: " + outcome);
        }
        return services.documents().find(imported.documentId()).orElseThrow();
    }

    void setMetadata(Document doc, String title, String type, Long translationOf) {
        Document.DocumentMetadata m = doc.metadata();
        services.documents().updateMetadata(doc.id(), new Document.DocumentMetadata(title, type, m.date(),
                m.dateApproximate(), m.source(), m.author(), m.language(), translationOf));
    }

    /** OCR text for page 1 of a document: the given words in a row near the top, as boxes of the upright page. */
    void ocrWords(Document doc, String... words) {
        Page page = services.pages().listForDocument(doc.id()).get(0);
        List<Word> boxes = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            boxes.add(new Word(words[i], 0.1 + i * 0.15, 0.2, 0.12, 0.03, 92));
        }
        services.pageTexts().save(new PageText(page.id(), String.join(" ", words), TextOrigin.OCR, "test", "en", 92.0, boxes));
    }

    BinderOutcome build(Path out, Path indexOut, Integer maxMb) {
        return services.binderBuilder().build(theCase.id(), new BinderRequest(out, indexOut, maxMb));
    }

    @Override
    public void close() {
        services.close();
    }

    static void deleteIfExists(Path p) throws IOException {
        Files.deleteIfExists(p);
    }
}
