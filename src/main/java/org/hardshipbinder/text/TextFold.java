package org.hardshipbinder.text;

import java.text.Normalizer;

/**
 * The one accent folder of the app: lower case without accents, so "María López", "MARIA LOPEZ" and "maria lopez"
 * read the same. {@link #fold} keeps every character in place (the folded text has the original's length, so a
 * match found in it points at the same characters of the original); {@link #compact} also makes every run of
 * whitespace one space and trims, for comparing phrases and matching keywords.
 */
public final class TextFold {

    private TextFold() {
    }

    /** Lower case, no accents, same length as {@code text}; null reads as empty. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(foldChar(text.charAt(i)));
        }
        return out.toString();
    }

    /** Folded, with runs of whitespace made single spaces and no space at either end; offsets are not kept. */
    public static String compact(String text) {
        return fold(text).replaceAll("\\s+", " ").strip();
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
}
