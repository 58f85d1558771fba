package org.hardshipbinder.imaging;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * Phone photos made for tests: a letter page with text, lit unevenly (brighter at one corner), seen in perspective on
 * a dark, grainy table. The paper's true corners are known.
 */
public final class GeneratedPhotos {

    public static final String TEXT = """
            To whom it may concern. Our family has lived at this address for nine years. My husband Tomas Rivera \
            repairs cars at the garage on Elm Street and his wages pay our rent, the electricity and the food for \
            our three children. Our youngest son needs therapy twice a week and my husband drives him there. \
            Without him we would lose our home and the children would lose their father. Thank you for reading.""";

    private GeneratedPhotos() {
    }

    /** A photo of {@code width × height} with the page's corners at {@code paper} (TL, TR, BR, BL). */
    public static BufferedImage photo(int width, int height, Quad paper, long seed) {
        BufferedImage page = page(850, 1100);
        double[] toPage = inverse(homography(page.getWidth(), page.getHeight(), paper));
        Random random = new Random(seed);
        BufferedImage photo = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double px = x + 0.5;
                double py = y + 0.5;
                double w = toPage[6] * px + toPage[7] * py + toPage[8];
                double u = (toPage[0] * px + toPage[1] * py + toPage[2]) / w;
                double v = (toPage[3] * px + toPage[4] * py + toPage[5]) / w;
                int rgb;
                if (u >= 0 && v >= 0 && u < page.getWidth() && v < page.getHeight()) {
                    int ink = page.getRaster().getSample((int) u, (int) v, 0);
                    // Light falls off from the top left towards the bottom right corner.
                    double light = 1.0 - 0.25 * ((double) x / width + (double) y / height) / 2;
                    int value = (int) Math.round(ink * light) + random.nextInt(7) - 3;
                    rgb = grey(value, 4);
                } else {
                    int table = 55 + random.nextInt(20) + (x / 40 + y / 40) % 2 * 6;
                    rgb = grey(table, -6);
                }
                photo.setRGB(x, y, rgb);
            }
        }
        return photo;
    }

    private static int grey(int value, int warmth) {
        int v = Math.max(0, Math.min(255, value));
        int r = Math.max(0, Math.min(255, v + warmth));
        int b = Math.max(0, Math.min(255, v - warmth));
        return (r << 16) | (v << 8) | b;
    }

    /** An off-white letter page with a title and the text in a serif face, gray levels only. */
    static BufferedImage page(int width, int height) {
        BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(new Color(238, 238, 238));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(30, 30, 30));
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SERIF, Font.BOLD, 30));
        g.drawString("LETTER OF SUPPORT", width / 10, height / 10);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 22));
        FontMetrics m = g.getFontMetrics();
        int y = height / 10 + 60;
        StringBuilder line = new StringBuilder();
        for (String word : TEXT.split(" ")) {
            if (m.stringWidth(line + " " + word) > width * 0.8) {
                g.drawString(line.toString().strip(), width / 10, y);
                y += m.getHeight() * 3 / 2;
                line = new StringBuilder();
            }
            line.append(' ').append(word);
        }
        g.drawString(line.toString().strip(), width / 10, y);
        g.dispose();
        return page;
    }

    /**
     * The projective transform taking the rectangle's corners (0,0) (w,0) (w,h) (0,h) to the quadrilateral's, as the
     * eight coefficients h0..h7 of u = (h0 x + h1 y + h2) / (h6 x + h7 y + 1), v = (h3 x + h4 y + h5) / (…).
     */
    static double[] homography(double w, double h, Quad q) {
        double[][] from = {{0, 0}, {w, 0}, {w, h}, {0, h}};
        double[][] a = new double[8][9];
        for (int i = 0; i < 4; i++) {
            double x = from[i][0];
            double y = from[i][1];
            double u = q.x(i);
            double v = q.y(i);
            a[2 * i] = new double[] {x, y, 1, 0, 0, 0, -x * u, -y * u, u};
            a[2 * i + 1] = new double[] {0, 0, 0, x, y, 1, -x * v, -y * v, v};
        }
        for (int col = 0; col < 8; col++) {
            int pivot = col;
            for (int r = col + 1; r < 8; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            for (int r = 0; r < 8; r++) {
                if (r != col) {
                    double f = a[r][col] / a[col][col];
                    for (int c = col; c <= 8; c++) {
                        a[r][c] -= f * a[col][c];
                    }
                }
            }
        }
        double[] x = new double[8];
        for (int i = 0; i < 8; i++) {
            x[i] = a[i][8] / a[i][i];
        }
        return x;
    }

    /** The inverse of the projective map h0..h7 (h8 = 1) as nine coefficients. */
    private static double[] inverse(double[] h) {
        double a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7], i = 1;
        double det = a * (e * i - f * k) - b * (d * i - f * g) + c * (d * k - e * g);
        return new double[] {
                (e * i - f * k) / det, (c * k - b * i) / det, (b * f - c * e) / det,
                (f * g - d * i) / det, (a * i - c * g) / det, (c * d - a * f) / det,
                (d * k - e * g) / det, (b * g - a * k) / det, (a * e - b * d) / det};
    }
}
