package org.hardshipbinder.checks.facts;

import java.text.Normalizer;

/**
 * Lower-cases and strips accents one character at a time, so the folded text has the same length as the original
 * and a match found in it points at the same characters of the original.
 */
public final class Folding {

    private Folding() {
    }

    public static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(foldChar(text.charAt(i)));
        }
        return out.toString();
    }

    static char foldChar(char c) {
        if (c < 128) {
            return Character.toLowerCase(c);
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = decomposed.isEmpty() ? c : decomposed.charAt(0);
        char lower = Character.toLowerCase(base);
        return Character.isLetterOrDigit(lower) || Character.isWhitespace(lower) ? lower : c;
    }

    /** Folded and with runs of whitespace made single spaces, for comparing phrases; offsets are not kept. */
    public static String foldForComparison(String text) {
        return fold(text).replaceAll("\\s+", " ").strip();
    }
}
