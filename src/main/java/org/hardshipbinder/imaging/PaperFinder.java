package org.hardshipbinder.imaging;

import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * Finds a sheet of paper lying on a darker surface: the largest bright region of a small copy of the photo
 * (threshold by Otsu's method), its corners from the region's extreme points, each side refitted as a straight line
 * through the region's edge, then every side moved to where the brightness crosses half-way between table and
 * paper in the full-size photo, for corners accurate to a pixel or two.
 */
final class PaperFinder {

    /** Analysis is done on a copy at most this long: enough for the outline, fast at any photo size. */
    static final int ANALYSIS_SIDE = 640;
    /** The paper must cover at least this share of the photo... */
    static final double MIN_AREA = 0.2;
    /** ...and the table must show at least this much around it, or there is nothing to crop. */
    static final double MAX_AREA = 0.97;

    /** The paper found, and how much brighter it is than what lies around it (0..255 gray levels). */
    record Paper(Quad corners, double contrast) {
    }

    private PaperFinder() {
    }

    static Optional<Paper> find(BufferedImage photo) {
        double factor = Math.min(1, (double) ANALYSIS_SIDE / Math.max(photo.getWidth(), photo.getHeight()));
        Luma large = Luma.of(photo, 1);
        Luma small = large.shrunk(factor);
        Region paper = Region.largestBright(small, Otsu.threshold(small));
        if (paper == null) {
            return Optional.empty();
        }
        double coverage = (double) paper.area() / ((long) small.width() * small.height());
        if (coverage < MIN_AREA) {
            return Optional.empty();
        }
        Quad outline = SideFit.outline(paper);
        if (outline == null || !outline.convex()) {
            return Optional.empty();
        }
        double contrast = paper.meanInside(small) - paper.meanOutside(small);
        if (outline.area() > MAX_AREA * small.width() * small.height() || Double.isNaN(contrast)) {
            return Optional.empty();
        }
        Quad full = outline.scaled(1 / factor);
        Quad refined = EdgeRefiner.refine(large, full, paper.meanInside(small), paper.meanOutside(small), 1 / factor);
        return Optional.of(new Paper(refined.convex() ? refined : full, contrast));
    }
}
