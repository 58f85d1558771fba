package org.hardshipbinder.ocr;

/**
 * Tells the languages written in Cyrillic apart by the letters only one of them uses, not by n-grams: Ukrainian
 * writes і, ї, є, ґ and an apostrophe inside words (п'ять) and never ы, э, ё; Russian writes ы, э, ё and never і;
 * Belarusian has ў and writes і where Russian writes и; Serbian has ђ, ћ, ј, љ, њ, џ; Macedonian ѓ, ќ, ѕ; Bulgarian
 * writes ъ as a vowel and none of ы, э, ё. A text with none of these letters stays Russian, the most common reading.
 */
final class CyrillicLanguages {

    private static final String UKRAINIAN_ONLY = "єїґ";
    private static final String RUSSIAN_ONLY = "ыэё";
    private static final String MACEDONIAN_ONLY = "ѓќѕ";
    private static final String SERBIAN_ONLY = "ђћ";
    private static final String SOUTH_SLAVIC = "јљњџ";
    private static final String APOSTROPHES = "'’ʼ";

    private CyrillicLanguages() {
    }

    /** The ISO 639-1 code of a text mostly in Cyrillic letters. */
    static String identify(String text) {
        int ukrainian = 0;
        int russian = 0;
        int dottedI = 0;
        int i = 0;
        int shortU = 0;
        int hardSign = 0;
        int macedonian = 0;
        int serbian = 0;
        int southSlavic = 0;
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (int k = 0; k < lower.length(); k++) {
            char c = lower.charAt(k);
            if (UKRAINIAN_ONLY.indexOf(c) >= 0 || APOSTROPHES.indexOf(c) >= 0 && between(lower, k)) {
                ukrainian++;
            } else if (RUSSIAN_ONLY.indexOf(c) >= 0) {
                russian++;
            } else if (MACEDONIAN_ONLY.indexOf(c) >= 0) {
                macedonian++;
            } else if (SERBIAN_ONLY.indexOf(c) >= 0) {
                serbian++;
            } else if (SOUTH_SLAVIC.indexOf(c) >= 0) {
                southSlavic++;
            } else if (c == 'і') {
                dottedI++;
            } else if (c == 'и') {
                i++;
            } else if (c == 'ў') {
                shortU++;
            } else if (c == 'ъ') {
                hardSign++;
            }
        }
        if (macedonian > 0 && macedonian + southSlavic > serbian) {
            return "mk";
        }
        if (serbian + southSlavic > 0) {
            return "sr";
        }
        if (shortU > 0 && dottedI > i) {
            return "be";
        }
        if (ukrainian + dottedI > russian) {
            return "uk";
        }
        if (russian == 0 && hardSign > 0) {
            return "bg";
        }
        return "ru";
    }

    /** An apostrophe with a Cyrillic letter on each side (Ukrainian "м'ясо"; Russian writes ъ there). */
    private static boolean between(String text, int k) {
        return k > 0 && k + 1 < text.length() && cyrillic(text.charAt(k - 1)) && cyrillic(text.charAt(k + 1));
    }

    private static boolean cyrillic(char c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC;
    }
}
