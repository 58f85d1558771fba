package org.hardshipbinder.ocr;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.hardshipbinder.model.Word;

/**
 * The small rotation that straightens a scan before it is read, and the way back for the word boxes read from the
 * straightened image: the page is shown as it was scanned, not straightened, so a box must be placed where the word
 * is on the page as scanned. Without the way back, a word near the edge of a page scanned 2° askew is highlighted
 * up to half a line above or below itself.
 */
record Deskew(double degrees) {

    /** Smaller slopes do not hurt recognition; rotating for them would only blur the image. */
    static final double MIN_DEGREES = 0.3;

    static Deskew of(BufferedImage image) {
        double slope = SkewEstimator.slopeDegrees(image);
        return new Deskew(Math.abs(slope) >= MIN_DEGREES ? slope : 0);
    }

    BufferedImage straighten(BufferedImage image) {
        return degrees == 0 ? image : GrayImages.rotate(image, -degrees);
    }

    /**
     * The words of {@code read} (fractions of the straightened image, {@code width} × {@code height} pixels, the
     * size of the image as scanned too) as fractions of the image as scanned: each box turned back around the centre
     * and taken as the upright rectangle around it.
     */
    Recognition backToPage(Recognition read, int width, int height) {
        if (degrees == 0) {
            return read;
        }
        AffineTransform back = AffineTransform.getRotateInstance(Math.toRadians(degrees), width / 2.0, height / 2.0);
        List<Word> words = new ArrayList<>(read.words().size());
        for (Word w : read.words()) {
            double left = w.x() * width;
            double top = w.y() * height;
            double right = left + w.width() * width;
            double bottom = top + w.height() * height;
            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (double[] corner : new double[][] {{left, top}, {right, top}, {left, bottom}, {right, bottom}}) {
                Point2D p = back.transform(new Point2D.Double(corner[0], corner[1]), null);
                minX = Math.min(minX, p.getX());
                minY = Math.min(minY, p.getY());
                maxX = Math.max(maxX, p.getX());
                maxY = Math.max(maxY, p.getY());
            }
            double x = clamp(minX / width);
            double y = clamp(minY / height);
            words.add(new Word(w.text(), x, y, clamp(maxX / width) - x, clamp(maxY / height) - y, w.confidence()));
        }
        return new Recognition(read.text(), read.meanConfidence(), words);
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
