package org.hardshipbinder.checks.facts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs of OCR misreadings that are safe because the context leaves one reading: a capital I read as "|" or "l"
 * where it stands alone as the pronoun ("| was born", "|, Ana …"). Every repair keeps the text's length, so spans
 * still point at the page text.
 */
final class OcrReading {

    private static final Pattern LONE_BAR = Pattern.compile("(?<=^|[\\s(\"“])[|](?=,?\\s+(?:\\p{Ll}|\\p{Lu}\\p{Ll}))", Pattern.MULTILINE);

    private OcrReading() {
    }

    static String pronouns(String text) {
        Matcher m = LONE_BAR.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        do {
            out.setCharAt(m.start(), 'I');
        } while (m.find());
        return out.toString();
    }
}
