package org.hardshipbinder.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Finds how far text lines slope by the projection-profile method: dark pixels are summed along rows sheared by
 * each candidate angle; the angle whose rows are sharpest (highest variance) is the lines' slope.
 */
final class SkewEstimator {

    static final double MAX_DEGREES = 6;
    private static final double STEP = 0.1;
    private static final int WORK_WIDTH = 1000;

    private SkewEstimator() {
    }

    /** The slope of the text lines in degrees, positive when lines fall to the right (clockwise). */
    static double slopeDegrees(BufferedImage gray) {
        int factor = Math.max(1, gray.getWidth() / WORK_WIDTH);
        int w = gray.getWidth() / factor;
        int h = gray.getHeight() / factor;
        byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        int stride = gray.getWidth();
        int count = 0;
        int[] xs = new int[w * h / 4 + 1];
        int[] ys = new int[xs.length];
        for (int y = 0; y < h && count < xs.length; y++) {
            for (int x = 0; x < w && count < xs.length; x++) {
                if ((pixels[y * factor * stride + x * factor] & 0xff) < 128) {
                    xs[count] = x;
                    ys[count++] = y;
                }
            }
        }
        if (count < 200) {
            return 0;
        }
        double best = 0;
        double bestScore = -1;
        for (double a = -MAX_DEGREES; a <= MAX_DEGREES + 1e-9; a += STEP) {
            double score = score(xs, ys, count, h, w, Math.tan(Math.toRadians(a)));
            if (score > bestScore) {
                bestScore = score;
                best = a;
            }
        }
        return Math.round(best * 10) / 10.0;
    }

    private static double score(int[] xs, int[] ys, int count, int h, int w, double tan) {
        int offset = (int) Math.ceil(Math.abs(tan) * w) + 1;
        long[] rows = new long[h + 2 * offset];
        for (int i = 0; i < count; i++) {
            int row = (int) Math.round(ys[i] - xs[i] * tan) + offset;
            rows[row]++;
        }
        double sumSquares = 0;
        for (long r : rows) {
            sumSquares += (double) r * r;
        }
        return sumSquares;
    }
}
