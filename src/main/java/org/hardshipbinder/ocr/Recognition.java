package org.hardshipbinder.ocr;

import java.util.List;
import org.hardshipbinder.model.Word;

/** What the engine read from one image: text, mean word confidence (0..100) and words with boxes as fractions. */
public record Recognition(String text, double meanConfidence, List<Word> words) {

    public Recognition {
        words = List.copyOf(words);
    }

    /** Letters and digits read, a rough measure of how much text there is. */
    public int letterCount() {
        return (int) text.codePoints().filter(Character::isLetterOrDigit).count();
    }
}
