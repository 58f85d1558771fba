package org.hardshipbinder.ocr;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** PDFs made for tests: born-digital text pages, and small image-only ("scanned") pages. */
public final class TestPdfs {

    private TestPdfs() {
    }

    public static Path bornDigital(Path file, String... lines) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                s.setLeading(16);
                s.newLineAtOffset(72, 720);
                for (String line : lines) {
                    s.showText(line);
                    s.newLine();
                }
                s.endText();
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** {@code pages} image-only pages of 2 × 1 inches, each with "Page n" drawn on it. */
    public static Path scanned(Path file, int pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int n = 1; n <= pages; n++) {
                PDPage page = new PDPage(new PDRectangle(144, 72));
                doc.addPage(page);
                BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_BYTE_GRAY);
                Graphics2D g = image.createGraphics();
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, 200, 100);
                g.setColor(Color.BLACK);
                g.setFont(new Font(Font.SERIF, Font.PLAIN, 30));
                g.drawString("Page " + n, 20, 60);
                g.dispose();
                PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    s.drawImage(xobject, 0, 0, 144, 72);
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }
}
