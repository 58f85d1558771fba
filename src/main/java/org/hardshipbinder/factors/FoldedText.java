package org.hardshipbinder.factors;

import java.util.HashSet;
import java.util.Set;
import org.hardshipbinder.text.TextFold;

/**
 * A text folded once for matching (see {@link TextFold}), with every run of up to {@value #MAX_WORDS} words as a
 * phrase, so thousands of catalog keywords are looked up in a hash set instead of scanned for one by one.
 */
public final class FoldedText {

    public static final int MAX_WORDS = 6;

    private final String text;
    private final Set<String> phrases = new HashSet<>();

    public FoldedText(String raw) {
        this.text = TextFold.compact(raw);
        String[] words = words(text);
        for (int i = 0; i < words.length; i++) {
            StringBuilder phrase = new StringBuilder();
            for (int n = 0; n < MAX_WORDS && i + n < words.length; n++) {
                if (n > 0) {
                    phrase.append(' ');
                }
                phrase.append(words[i + n]);
                phrases.add(phrase.toString());
            }
        }
    }

    /** Splits folded text into words the way keywords are split, so "post-traumatic" meets "post traumatic". */
    static String[] words(String folded) {
        String trimmed = folded.replaceAll("^[^\\p{L}\\p{N}]+", "");
        return trimmed.isEmpty() ? new String[0] : trimmed.split("[^\\p{L}\\p{N}]+");
    }

    /** The keyword as a phrase of words; empty when it has none. */
    static String phrase(String keyword) {
        return String.join(" ", words(TextFold.compact(keyword)));
    }

    public String text() {
        return text;
    }

    public boolean contains(String phrase) {
        return phrases.contains(phrase);
    }
}
