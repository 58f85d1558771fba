package org.hardshipbinder.grouping;

/**
 * What the vault knows about one page when deciding where papers begin and end: its number in the file, its text
 * (OCR or text layer, may be empty), the language found for it ("und" or null when unknown) and its size in points. Confidence is the OCR engine's mean word confidence 0..100, null for a text layer.
 */
public record PageFacts(int number, String text, String language, Double confidence, double widthPt,
                        double heightPt) {

    public PageFacts {
        text = text == null ? "" : text;
    }
}
