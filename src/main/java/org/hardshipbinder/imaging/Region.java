package org.hardshipbinder.imaging;

import java.util.Arrays;

/** The largest connected region of pixels brighter than a threshold, with its outline per row and per column. */
final class Region {

    final int width;
    final int height;
    final boolean[] inside;
    private final int area;

    private Region(int width, int height, boolean[] inside, int area) {
        this.width = width;
        this.height = height;
        this.inside = inside;
        this.area = area;
    }

    int area() {
        return area;
    }

    /** The largest 4-connected region brighter than {@code threshold}; null when there is none. */
    static Region largestBright(Luma luma, int threshold) {
        int w = luma.width();
        int h = luma.height();
        int[] labels = new int[w * h];
        int[] queue = new int[w * h];
        int bestLabel = 0;
        int bestArea = 0;
        int next = 0;
        for (int start = 0; start < labels.length; start++) {
            if (labels[start] != 0 || luma.values()[start] <= threshold) {
                continue;
            }
            int label = ++next;
            int head = 0;
            int tail = 0;
            queue[tail++] = start;
            labels[start] = label;
            while (head < tail) {
                int p = queue[head++];
                int x = p % w;
                int y = p / w;
                if (x > 0) tail = visit(luma, labels, queue, tail, p - 1, label, threshold);
                if (x < w - 1) tail = visit(luma, labels, queue, tail, p + 1, label, threshold);
                if (y > 0) tail = visit(luma, labels, queue, tail, p - w, label, threshold);
                if (y < h - 1) tail = visit(luma, labels, queue, tail, p + w, label, threshold);
            }
            if (tail > bestArea) {
                bestArea = tail;
                bestLabel = label;
            }
        }
        if (bestLabel == 0) {
            return null;
        }
        boolean[] inside = new boolean[w * h];
        for (int i = 0; i < labels.length; i++) {
            inside[i] = labels[i] == bestLabel;
        }
        return new Region(w, h, fillRows(inside, w, h), bestArea);
    }

    private static int visit(Luma luma, int[] labels, int[] queue, int tail, int p, int label, int threshold) {
        if (labels[p] == 0 && luma.values()[p] > threshold) {
            labels[p] = label;
            queue[tail++] = p;
        }
        return tail;
    }

    /** Text and stamps are holes in the bright paper: each row is filled between its first and last paper pixel. */
    private static boolean[] fillRows(boolean[] inside, int w, int h) {
        for (int y = 0; y < h; y++) {
            int first = -1;
            int last = -1;
            for (int x = 0; x < w; x++) {
                if (inside[y * w + x]) {
                    if (first < 0) {
                        first = x;
                    }
                    last = x;
                }
            }
            if (first >= 0) {
                Arrays.fill(inside, y * w + first, y * w + last + 1, true);
            }
        }
        return inside;
    }

    boolean contains(int x, int y) {
        return inside[y * width + x];
    }

    double meanInside(Luma luma) {
        return mean(luma, true);
    }

    double meanOutside(Luma luma) {
        return mean(luma, false);
    }

    private double mean(Luma luma, boolean in) {
        double sum = 0;
        long n = 0;
        for (int i = 0; i < inside.length; i++) {
            if (inside[i] == in) {
                sum += luma.values()[i];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
