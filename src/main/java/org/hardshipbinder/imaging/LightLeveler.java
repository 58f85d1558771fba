package org.hardshipbinder.imaging;

import java.awt.image.BufferedImage;

/**
 * Evens out the light on a photographed page: the paper's brightness is estimated in blocks (the brightest tenth of
 * each block is paper, whatever text it holds), smoothed, and every pixel is brightened by what its spot needs to
 * reach the white of a scan. Shadows and the fall-off towards the corners go; ink stays dark.
 */
final class LightLeveler {

    /** The paper's target brightness: a scan's white, with a little headroom. */
    static final double WHITE = 250;
    /** Blocks per page width for the estimate: small enough to follow a shadow, large enough to hold paper. */
    static final int BLOCKS_ACROSS = 32;

    private LightLeveler() {
    }

    static BufferedImage level(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] rgb = Pixels.of(out);
        System.arraycopy(Pixels.rgb(image), 0, rgb, 0, rgb.length);
        int block = Math.max(8, w / BLOCKS_ACROSS);
        int bw = (w + block - 1) / block;
        int bh = (h + block - 1) / block;
        double[] paper = paperLevels(rgb, w, h, block, bw, bh);
        paper = smooth(dilate(paper, bw, bh), bw, bh);
        for (int y = 0; y < h; y++) {
            double gy = Math.max(0, Math.min(bh - 1, (y + 0.5) / block - 0.5));
            for (int x = 0; x < w; x++) {
                double gx = Math.max(0, Math.min(bw - 1, (x + 0.5) / block - 0.5));
                double level = interpolate(paper, bw, bh, gx, gy);
                double gain = Math.max(0.9, Math.min(3, WHITE / Math.max(1, level)));
                int p = rgb[y * w + x];
                int r = (int) Math.min(255, ((p >> 16) & 0xff) * gain);
                int g = (int) Math.min(255, ((p >> 8) & 0xff) * gain);
                int b = (int) Math.min(255, (p & 0xff) * gain);
                rgb[y * w + x] = (r << 16) | (g << 8) | b;
            }
        }
        return out;
    }

    private static double[] paperLevels(int[] rgb, int w, int h, int block, int bw, int bh) {
        int[][] histograms = new int[bw * bh][256];
        for (int y = 0; y < h; y++) {
            int row = (y / block) * bw;
            for (int x = 0; x < w; x++) {
                int p = rgb[y * w + x];
                int luma = (((p >> 16) & 0xff) * 77 + ((p >> 8) & 0xff) * 150 + (p & 0xff) * 29) >> 8;
                histograms[row + x / block][luma]++;
            }
        }
        double[] levels = new double[bw * bh];
        for (int i = 0; i < levels.length; i++) {
            int[] hist = histograms[i];
            int total = 0;
            for (int v : hist) {
                total += v;
            }
            int wanted = Math.max(1, total / 10);
            int seen = 0;
            int v = 255;
            while (v > 0 && seen + hist[v] < wanted) {
                seen += hist[v--];
            }
            levels[i] = v;
        }
        return levels;
    }

    /** A block that is all ink (a photo, a dark logo) takes its brightest neighbour's paper level. */
    private static double[] dilate(double[] grid, int bw, int bh) {
        double[] out = new double[grid.length];
        for (int y = 0; y < bh; y++) {
            for (int x = 0; x < bw; x++) {
                double max = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        int ny = y + dy;
                        if (nx >= 0 && ny >= 0 && nx < bw && ny < bh) {
                            max = Math.max(max, grid[ny * bw + nx]);
                        }
                    }
                }
                out[y * bw + x] = max;
            }
        }
        return out;
    }

    private static double[] smooth(double[] grid, int bw, int bh) {
        double[] out = new double[grid.length];
        for (int y = 0; y < bh; y++) {
            for (int x = 0; x < bw; x++) {
                double sum = 0;
                int n = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        int ny = y + dy;
                        if (nx >= 0 && ny >= 0 && nx < bw && ny < bh) {
                            sum += grid[ny * bw + nx];
                            n++;
                        }
                    }
                }
                out[y * bw + x] = sum / n;
            }
        }
        return out;
    }

    private static double interpolate(double[] grid, int bw, int bh, double gx, double gy) {
        int x0 = (int) gx;
        int y0 = (int) gy;
        int x1 = Math.min(bw - 1, x0 + 1);
        int y1 = Math.min(bh - 1, y0 + 1);
        double ax = gx - x0;
        double ay = gy - y0;
        double top = grid[y0 * bw + x0] * (1 - ax) + grid[y0 * bw + x1] * ax;
        double bottom = grid[y1 * bw + x0] * (1 - ax) + grid[y1 * bw + x1] * ax;
        return top * (1 - ay) + bottom * ay;
    }
}
