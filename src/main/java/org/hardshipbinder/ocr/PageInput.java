package org.hardshipbinder.ocr;

import java.awt.image.BufferedImage;
import java.util.List;
import org.hardshipbinder.model.Word;

/** What a page offers the reader: its own usable text layer, or an image to recognize. */
sealed interface PageInput {

    record TextLayer(String text, List<Word> words) implements PageInput {
    }

    /** An upright-by-metadata grayscale image at {@code dpi} (orientation detection may still turn it). */
    record Scan(BufferedImage image, int dpi) implements PageInput {
    }
}
