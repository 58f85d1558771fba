package org.hardshipbinder.imaging;

import java.util.Locale;

/** Four corners of a paper in an image, in pixels: top left, top right, bottom right, bottom left. */
public record Quad(double[] xs, double[] ys) {

    public Quad {
        if (xs.length != 4 || ys.length != 4) {
            throw new IllegalArgumentException("a quadrilateral has four corners");
        }
        xs = xs.clone();
        ys = ys.clone();
    }

    public double x(int corner) {
        return xs[corner];
    }

    public double y(int corner) {
        return ys[corner];
    }

    Quad scaled(double factor) {
        double[] x = xs.clone();
        double[] y = ys.clone();
        for (int i = 0; i < 4; i++) {
            x[i] *= factor;
            y[i] *= factor;
        }
        return new Quad(x, y);
    }

    double side(int from) {
        int to = (from + 1) % 4;
        return Math.hypot(xs[to] - xs[from], ys[to] - ys[from]);
    }

    /** Shoelace area in square pixels. */
    double area() {
        double twice = 0;
        for (int i = 0; i < 4; i++) {
            int j = (i + 1) % 4;
            twice += xs[i] * ys[j] - xs[j] * ys[i];
        }
        return Math.abs(twice) / 2;
    }

    /** Every turn along the corners goes the same way (no corner folded inwards, no crossing sides). */
    boolean convex() {
        int sign = 0;
        for (int i = 0; i < 4; i++) {
            int j = (i + 1) % 4;
            int k = (i + 2) % 4;
            double cross = (xs[j] - xs[i]) * (ys[k] - ys[j]) - (ys[j] - ys[i]) * (xs[k] - xs[j]);
            int s = (int) Math.signum(cross);
            if (s == 0 || (sign != 0 && s != sign)) {
                return false;
            }
            sign = s;
        }
        return true;
    }

    /** "x,y x,y x,y x,y" with one decimal, as stored beside a cleaned image. */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            out.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f,%.1f", xs[i], ys[i]));
        }
        return out.toString();
    }
}
