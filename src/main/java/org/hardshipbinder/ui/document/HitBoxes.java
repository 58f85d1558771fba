package org.hardshipbinder.ui.document;

import javafx.geometry.Rectangle2D;
import org.hardshipbinder.model.Word;

/** Where a search hit is highlighted over the page image the document screen shows. */
final class HitBoxes {

    private HitBoxes() {
    }

    /**
     * The highlight of {@code word} over the page image drawn {@code width} × {@code height}: word boxes are fractions
     * of the page as it is shown (turned upright, as scanned rather than straightened, cleaned when the cleaned image
     * is shown), so it is a scaling.
     */
    static Rectangle2D highlight(Word word, double width, double height) {
        return new Rectangle2D(word.x() * width, word.y() * height, word.width() * width, word.height() * height);
    }
}
