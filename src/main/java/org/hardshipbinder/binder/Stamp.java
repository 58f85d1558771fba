package org.hardshipbinder.binder;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * The page stamp in the bottom margin, on a white box: the exhibit and "page x of y" on the left, the binder page
 * number (Bates style when the case has a prefix) on the right. Content never reaches the margin, so the box
 * covers nothing.
 */
final class Stamp {

    static final float SIZE = 9;
    private static final float BOX_BOTTOM = 16;
    private static final float BOX_HEIGHT = 20;

    private final PdfFonts fonts;

    Stamp(PdfFonts fonts) {
        this.fonts = fonts;
    }

    void draw(PDPageContentStream cs, LetterPage page, String left, String right) throws IOException {
        float x = LetterPage.SIDE;
        float width = page.width() - 2 * LetterPage.SIDE;
        cs.saveGraphicsState();
        cs.setNonStrokingColor(Color.WHITE);
        cs.addRect(x, BOX_BOTTOM, width, BOX_HEIGHT);
        cs.fill();
        cs.setNonStrokingColor(Color.BLACK);
        float baseline = BOX_BOTTOM + 6;
        if (left != null) {
            text(cs, fonts.safe(fonts.regular, left), x + 4, baseline);
        }
        String safeRight = fonts.safe(fonts.regular, right);
        text(cs, safeRight, x + width - 4 - fonts.width(fonts.regular, safeRight, SIZE), baseline);
        cs.restoreGraphicsState();
    }

    private void text(PDPageContentStream cs, String text, float x, float y) throws IOException {
        cs.beginText();
        cs.setRenderingMode(RenderingMode.FILL);
        cs.setFont(fonts.regular, SIZE);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }
}
