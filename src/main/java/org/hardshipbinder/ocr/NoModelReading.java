package org.hardshipbinder.ocr;

import org.hardshipbinder.model.PageText;

/** Tells a page read in a script no installed model reads (only its numbers kept) from the others. */
public final class NoModelReading {

    private NoModelReading() {
    }

    public static boolean of(PageText text) {
        return text != null && text.engine() != null && text.engine().contains(PageReader.NO_MODEL_MARK);
    }
}
