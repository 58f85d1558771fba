package org.hardshipbinder.imaging;

import java.awt.image.BufferedImage;

/**
 * Cuts a quadrilateral out of a photo and straightens it into a rectangle (a projective transform, bilinear
 * sampling). The rectangle's sides are the longer of each pair of opposite sides of the quadrilateral.
 */
final class PerspectiveWarp {

    private PerspectiveWarp() {
    }

    static BufferedImage straighten(BufferedImage photo, Quad paper) {
        int width = (int) Math.round(Math.max(paper.side(0), paper.side(2)));
        int height = (int) Math.round(Math.max(paper.side(1), paper.side(3)));
        double[] h = homography(width, height, paper);
        int sw = photo.getWidth();
        int sh = photo.getHeight();
        int[] source = Pixels.rgb(photo);
        BufferedImage straight = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] out = Pixels.of(straight);
        for (int y = 0; y < height; y++) {
            double oy = y + 0.5;
            for (int x = 0; x < width; x++) {
                double ox = x + 0.5;
                double w = h[6] * ox + h[7] * oy + 1;
                double u = (h[0] * ox + h[1] * oy + h[2]) / w - 0.5;
                double v = (h[3] * ox + h[4] * oy + h[5]) / w - 0.5;
                out[y * width + x] = bilinear(source, sw, sh, u, v);
            }
        }
        return straight;
    }

    private static int bilinear(int[] px, int w, int h, double u, double v) {
        int x0 = (int) Math.floor(u);
        int y0 = (int) Math.floor(v);
        double ax = u - x0;
        double ay = v - y0;
        x0 = Math.max(0, Math.min(w - 1, x0));
        y0 = Math.max(0, Math.min(h - 1, y0));
        int x1 = Math.min(w - 1, x0 + 1);
        int y1 = Math.min(h - 1, y0 + 1);
        int a = px[y0 * w + x0];
        int b = px[y0 * w + x1];
        int c = px[y1 * w + x0];
        int d = px[y1 * w + x1];
        int rgb = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            double top = ((a >> shift) & 0xff) * (1 - ax) + ((b >> shift) & 0xff) * ax;
            double bottom = ((c >> shift) & 0xff) * (1 - ax) + ((d >> shift) & 0xff) * ax;
            rgb |= ((int) Math.round(top * (1 - ay) + bottom * ay)) << shift;
        }
        return rgb;
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
        return solve(a);
    }

    /** Gauss–Jordan elimination with partial pivoting on an 8 × 9 augmented matrix. */
    private static double[] solve(double[][] a) {
        int n = 8;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            for (int r = 0; r < n; r++) {
                if (r != col) {
                    double f = a[r][col] / a[col][col];
                    for (int c = col; c <= n; c++) {
                        a[r][c] -= f * a[col][c];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = a[i][n] / a[i][i];
        }
        return x;
    }
}
