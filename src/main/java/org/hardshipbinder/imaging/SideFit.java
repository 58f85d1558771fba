package org.hardshipbinder.imaging;

/**
 * The outline of a paper region as four straight sides: rough corners from the region's extreme points (least and
 * greatest x + y and x − y), then each side fitted through the region's edge pixels between its two corners, away
 * from the corners (a bent or torn corner must not tilt a side). Corners are where the sides cross.
 */
final class SideFit {

    /** Only the middle of each side is fitted: this share is left out at each end. */
    static final double END_MARGIN = 0.12;

    private SideFit() {
    }

    static Quad outline(Region r) {
        double[] sum = {Double.MAX_VALUE, -Double.MAX_VALUE};
        double[] diff = {Double.MAX_VALUE, -Double.MAX_VALUE};
        int[][] corner = new int[4][2];
        for (int y = 0; y < r.height; y++) {
            for (int x = 0; x < r.width; x++) {
                if (!r.contains(x, y)) {
                    continue;
                }
                if (x + y < sum[0]) { sum[0] = x + y; corner[0] = new int[] {x, y}; }
                if (x + y > sum[1]) { sum[1] = x + y; corner[2] = new int[] {x, y}; }
                if (x - y > diff[1]) { diff[1] = x - y; corner[1] = new int[] {x, y}; }
                if (x - y < diff[0]) { diff[0] = x - y; corner[3] = new int[] {x, y}; }
            }
        }
        Line top = horizontal(r, corner[0][0], corner[1][0], true);
        Line bottom = horizontal(r, corner[3][0], corner[2][0], false);
        Line left = vertical(r, corner[0][1], corner[3][1], true);
        Line right = vertical(r, corner[1][1], corner[2][1], false);
        if (top == null || bottom == null || left == null || right == null) {
            return null;
        }
        double[] tl = top.intersect(left);
        double[] tr = top.intersect(right);
        double[] br = bottom.intersect(right);
        double[] bl = bottom.intersect(left);
        if (tl == null || tr == null || br == null || bl == null) {
            return null;
        }
        return new Quad(new double[] {tl[0], tr[0], br[0], bl[0]}, new double[] {tl[1], tr[1], br[1], bl[1]});
    }

    /** The top (or bottom) edge between two x positions: the first (last) paper pixel of each column. */
    private static Line horizontal(Region r, int fromX, int toX, boolean top) {
        int a = Math.min(fromX, toX);
        int b = Math.max(fromX, toX);
        int margin = (int) ((b - a) * END_MARGIN);
        double[] xs = new double[r.width];
        double[] ys = new double[r.width];
        int n = 0;
        for (int x = a + margin; x <= b - margin; x++) {
            for (int i = 0; i < r.height; i++) {
                int y = top ? i : r.height - 1 - i;
                if (r.contains(x, y)) {
                    xs[n] = x + 0.5;
                    ys[n++] = top ? y : y + 1;
                    break;
                }
            }
        }
        return Line.fitRobust(xs, ys, n, 1.5);
    }

    /** The left (or right) edge between two y positions: the first (last) paper pixel of each row. */
    private static Line vertical(Region r, int fromY, int toY, boolean left) {
        int a = Math.min(fromY, toY);
        int b = Math.max(fromY, toY);
        int margin = (int) ((b - a) * END_MARGIN);
        double[] xs = new double[r.height];
        double[] ys = new double[r.height];
        int n = 0;
        for (int y = a + margin; y <= b - margin; y++) {
            for (int i = 0; i < r.width; i++) {
                int x = left ? i : r.width - 1 - i;
                if (r.contains(x, y)) {
                    xs[n] = left ? x : x + 1;
                    ys[n++] = y + 0.5;
                    break;
                }
            }
        }
        return Line.fitRobust(xs, ys, n, 1.5);
    }
}
