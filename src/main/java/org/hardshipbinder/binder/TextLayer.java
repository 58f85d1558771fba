package org.hardshipbinder.binder;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.hardshipbinder.model.Word;

/**
 * The invisible text of a scanned page: each OCR word drawn in render mode "neither" over where it appears, sized
 * to its box, so the binder can be searched and text selected without changing how the page looks.
 */
final class TextLayer {

    private final PdfFonts fonts;

    TextLayer(PdfFonts fonts) {
        this.fonts = fonts;
    }

    void draw(PDPageContentStream cs, LetterPage.Placement p, List<Word> words) throws IOException {
        if (words.isEmpty()) {
            return;
        }
        double pageW = p.uprightWidth() * p.scale();
        double pageH = p.uprightHeight() * p.scale();
        // The rendering mode and scaling are graphics state that outlives ET: keep them from reaching the stamp.
        cs.saveGraphicsState();
        cs.beginText();
        cs.setRenderingMode(RenderingMode.NEITHER);
        for (Word word : words) {
            String text = fonts.safe(fonts.regular, word.text()).strip();
            float height = (float) (word.height() * pageH);
            float width = (float) (word.width() * pageW);
            if (text.isEmpty() || height <= 0.5f || width <= 0.5f) {
                continue;
            }
            float natural = fonts.width(fonts.regular, text, height);
            if (natural <= 0) {
                continue;
            }
            float x = (float) (p.x() + word.x() * pageW);
            float y = (float) (p.y() + (1 - word.y() - word.height()) * pageH + height * 0.2f);
            cs.setFont(fonts.regular, height);
            cs.setHorizontalScaling(width / natural * 100f);
            cs.setTextMatrix(Matrix.getTranslateInstance(x, y));
            cs.showText(text);
        }
        cs.endText();
        cs.restoreGraphicsState();
    }
}
