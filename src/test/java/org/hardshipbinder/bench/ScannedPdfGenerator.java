package org.hardshipbinder.bench;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Makes a scanner-like PDF: every page one 300-dpi letter-size black-and-white image of typed text with speckle noise
 * and a slight tilt, CCITT G4 compressed, as a sheet-fed office scanner produces in its document mode. A pool of
 * distinct pages is encoded once and each page gets its own copy of one of them, so the file has the size and object
 * count of a real scan.
 */
final class ScannedPdfGenerator {

    static final int WIDTH = 2550;
    static final int HEIGHT = 3300;
    private static final int DISTINCT_PAGES = 12;
    private static final String[] WORDS = ("the of hardship medical records treatment school report income tax return lease "
            + "physician letter diagnosis prescription employer statement declaration family support relocation separation "
            + "country conditions travel advisory birth certificate marriage mortgage bank evaluation therapy counselor "
            + "la de el certificado médico escuela ingresos familia carta del").split(" ");

    private ScannedPdfGenerator() {
    }

    static void generate(Path target, int pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            List<PDImageXObject> pool = new ArrayList<>();
            for (int i = 0; i < DISTINCT_PAGES; i++) {
                pool.add(CCITTFactory.createFromImage(doc, bilevel(page(new Random(1000 + i), i + 1))));
            }
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                PDImageXObject image = copyOf(doc, pool.get(p % DISTINCT_PAGES));
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.drawImage(image, 0, 0, PDRectangle.LETTER.getWidth(), PDRectangle.LETTER.getHeight());
                }
            }
            doc.save(target.toFile());
        }
    }

    /** A separate image object with the same encoded bytes and dictionary: one stream per page, as a scanner writes. */
    private static PDImageXObject copyOf(PDDocument doc, PDImageXObject original) throws IOException {
        byte[] encoded;
        try (InputStream raw = original.getCOSObject().createRawInputStream()) {
            encoded = raw.readAllBytes();
        }
        COSStream stream = doc.getDocument().createCOSStream();
        try (OutputStream out = stream.createRawOutputStream()) {
            out.write(encoded);
        }
        for (COSName key : original.getCOSObject().keySet()) {
            if (!COSName.LENGTH.equals(key)) {
                stream.setItem(key, original.getCOSObject().getItem(key));
            }
        }
        return new PDImageXObject(new PDStream(stream), null);
    }

    private static BufferedImage bilevel(BufferedImage gray) {
        BufferedImage bw = new BufferedImage(gray.getWidth(), gray.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = bw.createGraphics();
        g.drawImage(gray, 0, 0, null);
        g.dispose();
        return bw;
    }

    private static BufferedImage page(Random random, int number) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(242, 242, 238));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.rotate(Math.toRadians(random.nextDouble() - 0.5), WIDTH / 2.0, HEIGHT / 2.0);
        g.setColor(new Color(25, 25, 25));
        g.setFont(new Font(Font.SERIF, Font.BOLD, 54));
        g.drawString("Exhibit page " + number, 300, 330);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 42));
        for (int y = 480; y < HEIGHT - 300; y += 62) {
            StringBuilder line = new StringBuilder();
            while (line.length() < 80) {
                line.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            }
            g.drawString(line.toString().strip(), 300, y);
        }
        g.dispose();
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < 6_000; i++) {
            int at = random.nextInt(pixels.length);
            pixels[at] = (byte) (random.nextBoolean() ? 40 : 200);
        }
        return image;
    }

}
