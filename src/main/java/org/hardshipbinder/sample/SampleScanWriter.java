package org.hardshipbinder.sample;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Writes a page as a scanner would: a 200-dpi grayscale PNG of the text with a little paper noise, so the sample
 * case has pages that only text recognition can read.
 */
final class SampleScanWriter {

    private static final int DPI = 200;
    private static final int WIDTH = (int) (8.5 * DPI);
    private static final int HEIGHT = 11 * DPI;

    void write(List<String> lines, Path target) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(30, 30, 30));
            int margin = DPI;
            int y = margin;
            boolean first = true;
            for (String line : SamplePdfWriter.wrap(lines)) {
                g.setFont(new Font(Font.SERIF, first ? Font.BOLD : Font.PLAIN, first ? 40 : 33));
                g.drawString(line, margin, y);
                y += 46;
                first = false;
            }
            speckle(image, new Random(lines.hashCode()));
        } finally {
            g.dispose();
        }
        ImageIO.write(image, "png", target.toFile());
    }

    private static void speckle(BufferedImage image, Random random) {
        for (int i = 0; i < 2500; i++) {
            int x = random.nextInt(WIDTH);
            int y = random.nextInt(HEIGHT);
            int shade = 150 + random.nextInt(90);
            image.getRaster().setSample(x, y, 0, shade);
        }
    }
}
