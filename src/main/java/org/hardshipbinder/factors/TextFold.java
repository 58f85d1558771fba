package org.hardshipbinder.factors;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds text for matching: lower case, no accents, single spaces. "Nefróloga" and "NEFROLOGA" both become "nefrologa". */
public final class TextFold {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private TextFold() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("").replace('ñ', 'n').replace('Ñ', 'N');
        return SPACE.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
