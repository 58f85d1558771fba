package org.hardshipbinder.imaging;

import java.awt.image.BufferedImage;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.leptonica.BOX;
import org.bytedeco.leptonica.PIX;
import org.bytedeco.leptonica.PTA;
import org.bytedeco.leptonica.global.leptonica;

/**
 * The pixel-heavy steps of a photo's clean-up done by Leptonica, which ships with the OCR engine: the projective
 * transform that straightens the paper and crops the table away, then background normalisation that evens out the
 * light and brings the paper to a scan's white. Measured 3–4 times faster than the same steps in Java
 * (docs/decisions/imaging-0001-photo-cleanup.md).
 */
final class LeptonicaSteps {

    private static final Logger LOG = Logger.getLogger(LeptonicaSteps.class.getName());
    /** The paper's brightness after normalisation: a scan's white. */
    static final int WHITE = 245;
    private static volatile Boolean loaded;

    private LeptonicaSteps() {
    }

    /** Whether Leptonica's natives are usable on this machine (loaded once). */
    static boolean available() {
        if (loaded == null) {
            synchronized (LeptonicaSteps.class) {
                if (loaded == null) {
                    try {
                        Loader.load(leptonica.class);
                        // Leptonica reports to stderr (the user's terminal) things the app handles itself.
                        leptonica.setMsgSeverity(leptonica.L_SEVERITY_NONE);
                        loaded = true;
                    } catch (RuntimeException | LinkageError e) {
                        LOG.log(Level.WARNING, "Leptonica did not load; photos are left as taken", e);
                        loaded = false;
                    }
                }
            }
        }
        return loaded;
    }

    /** The paper inside {@code corners} as an upright rectangle with even light, in colour. */
    static BufferedImage straightenAndLevel(BufferedImage photo, Quad corners) {
        int width = (int) Math.round(Math.max(corners.side(0), corners.side(2)));
        int height = (int) Math.round(Math.max(corners.side(1), corners.side(3)));
        PIX source = toPix(photo);
        PTA rectangle = leptonica.ptaCreate(4);
        PTA paper = leptonica.ptaCreate(4);
        PIX warped = null;
        PIX cropped = null;
        PIX level = null;
        BOX box = leptonica.boxCreate(0, 0, width, height);
        try {
            float[][] target = {{0, 0}, {width, 0}, {width, height}, {0, height}};
            for (int i = 0; i < 4; i++) {
                leptonica.ptaAddPt(paper, (float) corners.x(i), (float) corners.y(i));
                leptonica.ptaAddPt(rectangle, target[i][0], target[i][1]);
            }
            warped = leptonica.pixProjectivePta(source, rectangle, paper, leptonica.L_BRING_IN_WHITE);
            cropped = leptonica.pixClipRectangle(warped, box, (BOX) null);
            level = leptonica.pixBackgroundNorm(cropped, null, null, 10, 15, 100, 50, WHITE, 2, 1);
            return toImage(level == null ? cropped : level);
        } finally {
            destroy(source);
            destroy(warped);
            destroy(cropped);
            destroy(level);
            leptonica.ptaDestroy(rectangle);
            leptonica.ptaDestroy(paper);
            leptonica.boxDestroy(box);
        }
    }

    /** 32-bit Leptonica pixels are 0xRRGGBBAA words. */
    private static PIX toPix(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] rgb = Pixels.rgb(image);
        int[] words = new int[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            words[i] = rgb[i] << 8 | 0xff;
        }
        PIX pix = leptonica.pixCreate(w, h, 32);
        leptonica.pixSetSpp(pix, 3);
        IntPointer data = leptonica.pixGetData(pix);
        int wpl = leptonica.pixGetWpl(pix);
        for (int y = 0; y < h; y++) {
            data.position((long) y * wpl).put(words, y * w, w);
        }
        return pix;
    }

    private static BufferedImage toImage(PIX pix) {
        int w = leptonica.pixGetWidth(pix);
        int h = leptonica.pixGetHeight(pix);
        int wpl = leptonica.pixGetWpl(pix);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] out = Pixels.of(image);
        IntPointer data = leptonica.pixGetData(pix);
        for (int y = 0; y < h; y++) {
            data.position((long) y * wpl).get(out, y * w, w);
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = out[i] >>> 8;
        }
        return image;
    }

    private static void destroy(PIX pix) {
        if (pix != null) {
            leptonica.pixDestroy(pix);
        }
    }
}
