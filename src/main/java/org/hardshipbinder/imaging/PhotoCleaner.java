package org.hardshipbinder.imaging;

import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * Makes a photographed page look scanned: finds the paper on the darker surface around it, straightens the
 * perspective, crops the surface away and evens out the light (the outline in Java on a small copy; the pixel work
 * by Leptonica, see {@link LeptonicaSteps}). An image that is not a photo of a page on a darker
 * surface (a scan, a cropped scanner-app picture) is left alone.
 *
 * <p>When is an image such a photo? The picture decides: a bright sheet covering a fifth to nearly all of the frame,
 * surrounded by something clearly darker. The file's metadata only moves the bar: an image stating a scanner's
 * resolution and no camera must show a much darker surround (an open scanner lid) to be cropped.
 */
public final class PhotoCleaner {

    /** How much brighter (gray levels) the paper must be than its surround in a camera's or a messaging app's photo. */
    static final double PHOTO_CONTRAST = 30;
    /** ...and in an image that says it comes from a scanner. */
    static final double SCAN_CONTRAST = 90;

    /** The cleaned page and where its corners were found in the photo. */
    public record Cleaned(BufferedImage image, Quad corners) {
    }

    public Optional<Cleaned> clean(BufferedImage photo, PhotoSignals signals) {
        Optional<PaperFinder.Paper> found = PaperFinder.find(photo);
        if (found.isEmpty() || !LeptonicaSteps.available()) {
            return Optional.empty();
        }
        PaperFinder.Paper paper = found.get();
        double needed = signals.scannerResolution() && !signals.camera() ? SCAN_CONTRAST : PHOTO_CONTRAST;
        if (paper.contrast() < needed) {
            return Optional.empty();
        }
        return Optional.of(new Cleaned(LeptonicaSteps.straightenAndLevel(photo, paper.corners()), paper.corners()));
    }

    /** Where the paper's corners are in the photo, if a paper on a darker surface is found (for tests and tools). */
    public Optional<Quad> findPaper(BufferedImage photo) {
        return PaperFinder.find(photo).map(PaperFinder.Paper::corners);
    }
}
