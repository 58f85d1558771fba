package org.hardshipbinder.imaging;

/**
 * Moves each side of a rough outline onto the paper's edge in the full-size photo: across the side, at points along
 * it, the edge is where brightness crosses half-way between the table's and the paper's; the crossings are fitted
 * with a line again and the corners recomputed. A side with too few crossings keeps its rough position.
 */
final class EdgeRefiner {

    static final int SAMPLES = 60;

    private EdgeRefiner() {
    }

    /** {@code search}: how far (pixels) on each side of the rough side to look for the edge. */
    static Quad refine(Luma image, Quad rough, double paperLevel, double tableLevel, double search) {
        double cx = 0;
        double cy = 0;
        for (int i = 0; i < 4; i++) {
            cx += rough.x(i) / 4;
            cy += rough.y(i) / 4;
        }
        double mid = (paperLevel + tableLevel) / 2;
        double reach = Math.max(3, search * 2);
        Line[] sides = new Line[4];
        for (int s = 0; s < 4; s++) {
            sides[s] = side(image, rough, s, cx, cy, mid, reach);
        }
        double[] xs = new double[4];
        double[] ys = new double[4];
        for (int corner = 0; corner < 4; corner++) {
            // Corner i lies between side i-1 (arriving) and side i (leaving).
            double[] p = sides[(corner + 3) % 4].intersect(sides[corner]);
            if (p == null) {
                return rough;
            }
            xs[corner] = p[0];
            ys[corner] = p[1];
        }
        return new Quad(xs, ys);
    }

    private static Line side(Luma image, Quad q, int s, double cx, double cy, double mid, double reach) {
        int e = (s + 1) % 4;
        double ax = q.x(s);
        double ay = q.y(s);
        double len = Math.hypot(q.x(e) - ax, q.y(e) - ay);
        double tx = (q.x(e) - ax) / len;
        double ty = (q.y(e) - ay) / len;
        double nx = -ty;
        double ny = tx;
        double mx = ax + tx * len / 2;
        double my = ay + ty * len / 2;
        if ((mx - cx) * nx + (my - cy) * ny < 0) {
            nx = -nx;
            ny = -ny;
        }
        double[] xs = new double[SAMPLES];
        double[] ys = new double[SAMPLES];
        int n = 0;
        for (int i = 0; i < SAMPLES; i++) {
            double t = len * (SideFit.END_MARGIN + (1 - 2 * SideFit.END_MARGIN) * i / (SAMPLES - 1));
            double px = ax + tx * t;
            double py = ay + ty * t;
            double crossing = crossing(image, px, py, nx, ny, tx, ty, mid, reach);
            if (!Double.isNaN(crossing)) {
                xs[n] = px + nx * crossing;
                ys[n++] = py + ny * crossing;
            }
        }
        Line rough = new Line(ax, ay, tx, ty);
        if (n < SAMPLES / 3) {
            return rough;
        }
        Line fitted = Line.fitRobust(xs, ys, n, 1.5);
        return fitted == null ? rough : fitted;
    }

    /**
     * Walking outwards (from paper to table) along the normal, the first place where the brightness, averaged over a
     * few pixels along the side, drops below {@code mid}; NaN when there is none within reach.
     */
    private static double crossing(Luma image, double px, double py, double nx, double ny, double tx, double ty,
                                   double mid, double reach) {
        double step = 0.25;
        double previous = Double.NaN;
        for (double d = -reach; d <= reach; d += step) {
            double v = 0;
            int k = 0;
            for (int a = -2; a <= 2; a++) {
                double s = image.sample(px + nx * d + tx * a, py + ny * d + ty * a);
                if (!Double.isNaN(s)) {
                    v += s;
                    k++;
                }
            }
            if (k == 0) {
                previous = Double.NaN;
                continue;
            }
            v /= k;
            if (!Double.isNaN(previous) && previous >= mid && v < mid) {
                return d - step + step * (previous - mid) / (previous - v);
            }
            previous = v;
        }
        return Double.NaN;
    }
}
