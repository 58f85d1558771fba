package org.hardshipbinder.binder;

import java.awt.geom.AffineTransform;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** One page's content ready to draw: its size as shown upright, and how to draw it into a placement. */
interface PageContent {

    double uprightWidth();

    double uprightHeight();

    void draw(PDPageContentStream cs, LetterPage.Placement placement) throws IOException;

    /**
     * Maps content of raw size {@code w × h} (before its clockwise rotation) onto the placement: scale, then turn it
     * upright. Callers append their own mapping into the raw box (a unit square for images, the crop box for pages).
     */
    static AffineTransform upright(LetterPage.Placement p, int rotation, double w, double h) {
        AffineTransform at = new AffineTransform();
        at.translate(p.x(), p.y());
        at.scale(p.scale(), p.scale());
        switch (Math.floorMod(rotation, 360)) {
            case 90 -> at.concatenate(new AffineTransform(0, -1, 1, 0, 0, w));
            case 180 -> at.concatenate(new AffineTransform(-1, 0, 0, -1, w, h));
            case 270 -> at.concatenate(new AffineTransform(0, 1, -1, 0, h, 0));
            default -> {
            }
        }
        return at;
    }

    /** Draws content given the transform from its raw box (before rotation) onto the upright placement. */
    @FunctionalInterface
    interface RawDrawing {
        void draw(PDPageContentStream cs, AffineTransform upright) throws IOException;
    }

    /** Content of raw size {@code w × h} that must be turned {@code rotation} degrees clockwise to stand upright. */
    static PageContent rotated(int rotation, double w, double h, RawDrawing drawing) {
        boolean turned = quarterTurn(rotation);
        return new PageContent() {
            @Override
            public double uprightWidth() {
                return turned ? h : w;
            }

            @Override
            public double uprightHeight() {
                return turned ? w : h;
            }

            @Override
            public void draw(PDPageContentStream cs, LetterPage.Placement p) throws IOException {
                drawing.draw(cs, upright(p, rotation, w, h));
            }
        };
    }

    static boolean quarterTurn(int rotation) {
        return Math.floorMod(rotation, 180) == 90;
    }
}
