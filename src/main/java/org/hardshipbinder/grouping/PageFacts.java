package org.hardshipbinder.grouping;

/**
 * What the vault knows about one page when deciding where papers begin and end: its number in the file, its text
 * (OCR or text layer, may be empty), the language found for it ("und" or null when unknown) and its size in points. Confidence is the OCR engine's mean word confidence 0..100, null for a text layer.
 * No model: the page is in a script no installed model reads, so only its numbers were kept; its language (found
 * from the script) still tells it from its neighbours.
 */
public record PageFacts(int number, String text, String language, Double confidence, double widthPt,
                        double heightPt, boolean noModel) {

    public PageFacts {
        text = text == null ? "" : text;
    }

    /** A page read with a model for its script (or from a text layer). */
    public PageFacts(int number, String text, String language, Double confidence, double widthPt, double heightPt) {
        this(number, text, language, confidence, widthPt, heightPt, false);
    }
}
