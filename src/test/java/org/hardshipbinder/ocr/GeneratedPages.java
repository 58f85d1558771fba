package org.hardshipbinder.ocr;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Letters rendered like a 300-dpi scan: black serif text on white, with a little speckle noise. */
public final class GeneratedPages {

    public static final String ENGLISH = """
            Dear Officer, I am writing in support of the waiver application of my husband, Jose Luis Martinez. \
            We have been married for eleven years and we have two children, Sofia and Daniel, who were both born \
            in Houston, Texas. Our daughter has asthma and needs regular treatment at the county hospital. \
            My husband works as a welder and his income pays for our rent, our food and the medicine our \
            daughter takes every day. If he is sent away, I will not be able to keep our home or care for the \
            children alone. Thank you for considering this letter.""";

    public static final String SPANISH = """
            Estimado oficial, le escribo para apoyar la solicitud de perdón de mi esposo, José Luis Martínez. \
            Llevamos once años de casados y tenemos dos hijos, Sofía y Daniel, que nacieron en Houston, Texas. \
            Nuestra hija padece asma y necesita tratamiento médico cada semana en el hospital del condado. \
            Mi esposo trabaja como soldador y con su sueldo pagamos la renta, la comida y las medicinas que \
            nuestra hija toma todos los días. Si él tiene que irse del país, no podré mantener nuestra casa ni \
            cuidar sola a los niños. Le agradezco mucho su atención a esta carta.""";

    private GeneratedPages() {
    }

    /** A letter-size page at 300 dpi with {@code text} in 12-point type. */
    public static BufferedImage letter(String text, long seed) {
        int dpi = 300;
        BufferedImage page = new BufferedImage(dpi * 17 / 2, dpi * 11, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 12 * dpi / 72));
        FontMetrics metrics = g.getFontMetrics();
        int margin = dpi;
        int y = margin;
        for (String line : wrap(text, metrics, page.getWidth() - 2 * margin)) {
            g.drawString(line, margin, y);
            y += metrics.getHeight() * 3 / 2;
        }
        g.dispose();
        speckle(page, seed);
        return page;
    }

    /**
     * A small, low-resolution picture of a text page: {@code width × height} pixels, the letter's words in a
     * {@code fontPx}-pixel serif with a little blur and noise, as a phone's 640 × 480 picture shows a page.
     */
    public static BufferedImage smallPicture(String text, int width, int height, int fontPx, long seed) {
        BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(new Color(235, 235, 235));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(40, 40, 40));
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, fontPx));
        FontMetrics metrics = g.getFontMetrics();
        int margin = width / 16;
        int y = margin + metrics.getAscent();
        for (String line : wrap(text, metrics, width - 2 * margin)) {
            if (y > height - margin) {
                break;
            }
            g.drawString(line, margin, y);
            y += metrics.getHeight() * 5 / 4;
        }
        g.dispose();
        speckle(page, seed);
        return page;
    }

    private static List<String> wrap(String text, FontMetrics metrics, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(candidate) > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** Mild scanner noise: a few dark specks on the paper and light specks in the ink. */
    private static void speckle(BufferedImage page, long seed) {
        Random random = new Random(seed);
        int n = page.getWidth() * page.getHeight() / 400;
        for (int i = 0; i < n; i++) {
            int x = random.nextInt(page.getWidth());
            int y = random.nextInt(page.getHeight());
            int v = page.getRaster().getSample(x, y, 0);
            page.getRaster().setSample(x, y, 0, v > 128 ? 110 + random.nextInt(60) : 140 + random.nextInt(80));
        }
    }

    /** Share of the expected words found, in order-insensitive bag-of-words fashion (case and accents kept). */
    public static double wordAccuracy(String expected, String actual) {
        List<String> found = new ArrayList<>(List.of(normalize(actual).split("\\s+")));
        String[] wanted = normalize(expected).split("\\s+");
        int hits = 0;
        for (String w : wanted) {
            if (found.remove(w)) {
                hits++;
            }
        }
        return (double) hits / wanted.length;
    }

    private static String normalize(String s) {
        return s.replaceAll("[\\p{Punct}“”‘’]", " ").strip();
    }
}
