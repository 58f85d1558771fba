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

    /** An A-number with a few digits read as look-alike letters: "AQ78 562 314", "A07B562314". */
    private static final Pattern A_NUMBER_LOOKALIKE = Pattern.compile(
            "(?<![\\p{L}\\d])A[\\s#:-]{0,2}([0-9OQDIlB]{2,3}[\\s-]?[0-9OQDIlB]{3}[\\s-]?[0-9OQDIlB]{3})(?![\\p{L}\\d])");

    private OcrReading() {
    }

    /**
     * Digits of A-numbers that OCR read as look-alike letters (O, Q, D for 0; I, l for 1; B for 8), where at most two
     * of the nine are letters: the rest of the number leaves no other reading.
     */
    static String idDigits(String text) {
        Matcher m = A_NUMBER_LOOKALIKE.matcher(text);
        StringBuilder out = null;
        while (m.find()) {
            String digits = m.group(1);
            long letters = digits.chars().filter(Character::isLetter).count();
            if (letters == 0 || letters > 2) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text);
            }
            for (int i = m.start(1); i < m.end(1); i++) {
                char c = text.charAt(i);
                char digit = switch (c) {
                    case 'O', 'Q', 'D' -> '0';
                    case 'I', 'l' -> '1';
                    case 'B' -> '8';
                    default -> c;
                };
                out.setCharAt(i, digit);
            }
        }
        return out == null ? text : out.toString();
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
