package org.hardshipbinder.imaging;

/** A straight line through a point along a unit direction, fitted to points by total least squares. */
record Line(double px, double py, double dx, double dy) {

    /** The line closest to the points (perpendicular distances); null with fewer than two points. */
    static Line fit(double[] xs, double[] ys, int n) {
        if (n < 2) {
            return null;
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += xs[i];
            my += ys[i];
        }
        mx /= n;
        my /= n;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            double ax = xs[i] - mx;
            double ay = ys[i] - my;
            sxx += ax * ax;
            syy += ay * ay;
            sxy += ax * ay;
        }
        double angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
        return new Line(mx, my, Math.cos(angle), Math.sin(angle));
    }

    /** Fits, drops the points farther than {@code tolerance} from the first fit, and fits again. */
    static Line fitRobust(double[] xs, double[] ys, int n, double tolerance) {
        Line first = fit(xs, ys, n);
        if (first == null) {
            return null;
        }
        double[] kx = new double[n];
        double[] ky = new double[n];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (first.distance(xs[i], ys[i]) <= tolerance) {
                kx[kept] = xs[i];
                ky[kept++] = ys[i];
            }
        }
        return kept >= Math.max(2, n / 3) ? fit(kx, ky, kept) : first;
    }

    double distance(double x, double y) {
        return Math.abs((x - px) * dy - (y - py) * dx);
    }

    /** Where two lines cross; null when they are (nearly) parallel. */
    double[] intersect(Line o) {
        double det = dx * o.dy - dy * o.dx;
        if (Math.abs(det) < 1e-9) {
            return null;
        }
        double t = ((o.px - px) * o.dy - (o.py - py) * o.dx) / det;
        return new double[] {px + t * dx, py + t * dy};
    }
}
