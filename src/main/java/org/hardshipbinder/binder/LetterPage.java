package org.hardshipbinder.binder;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * US Letter in the orientation that keeps a page readable (landscape content gets a landscape Letter page), and the
 * area content may use: half an inch on the sides and top, three quarters at the bottom where the stamp sits.
 */
record LetterPage(PDRectangle box) {

    static final float SIDE = 36;
    static final float TOP = 36;
    static final float BOTTOM = 54;
    static final LetterPage PORTRAIT = new LetterPage(new PDRectangle(612, 792));
    static final LetterPage LANDSCAPE = new LetterPage(new PDRectangle(792, 612));

    static LetterPage forContent(double uprightWidth, double uprightHeight) {
        return uprightWidth > uprightHeight ? LANDSCAPE : PORTRAIT;
    }

    float width() {
        return box.getWidth();
    }

    float height() {
        return box.getHeight();
    }

    /** Where content of the given upright size goes: scaled to fit the content area, centred in it. */
    Placement place(double uprightWidth, double uprightHeight) {
        double areaWidth = width() - 2 * SIDE;
        double areaHeight = height() - TOP - BOTTOM;
        double scale = Math.min(areaWidth / uprightWidth, areaHeight / uprightHeight);
        double x = SIDE + (areaWidth - uprightWidth * scale) / 2;
        double y = BOTTOM + (areaHeight - uprightHeight * scale) / 2;
        return new Placement(x, y, scale, uprightWidth, uprightHeight);
    }

    /** Content's lower-left corner on the page, its scale, and its upright size before scaling. */
    record Placement(double x, double y, double scale, double uprightWidth, double uprightHeight) {
    }
}
