package org.hardshipbinder.factors;

import org.hardshipbinder.text.TextFold;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a text presents itself as a translation (a translator's certificate, "translated from …", "English version
 * of …", a heading that says so), and which language it names as its original's ("competent to translate from
 * Ukrainian into English"): a clue to the original's language where no OCR model could read it. Language names are
 * Java's own (English and Spanish display names of every ISO 639-1 language), not a list kept here.
 */
public final class TranslationSigns {

    private static final Pattern CERTIFICATE = Pattern.compile(
            "(certificat\\w* of (translation|accuracy)|translat\\w*'?s? (certificat\\w*|declaration|statement|affidavit)|"
                    + "certified (english )?translation|competent to translate|complete and accurate (english )?translation|"
                    + "certificacion de (la )?traduccion|traduccion (certificada|fiel)|declaracion del traductor|"
                    + "\\btranslated (from|by)\\b|\\btraducid[oa] (del?|por)\\b|\\b(english|spanish|ingles) (version|translation) of\\b|"
                    + "\\bversion (en|in) (ingles|english)\\b)");
    private static final Pattern HEADING = Pattern.compile("\\b(translation|traduccion|traducao)\\b");
    private static final Pattern SOURCE_LANGUAGE = Pattern.compile(
            "\\b(?:from|del|do|desde el)\\s+([a-z]+)\\s+(?:in)?to\\s+english\\b|\\btranslated from (?:the )?([a-z]+)\\b|"
                    + "\\b(?:written|letter|document|original|version) in ([a-z]+)\\b|\\btraducid[oa] del ([a-z]+)\\b");
    private static final int HEADING_LINES = 4;
    private static final Map<String, String> LANGUAGE_NAMES = languageNames();

    private TranslationSigns() {
    }

    public static boolean isTranslation(String text) {
        String folded = TextFold.fold(text);
        if (CERTIFICATE.matcher(folded).find()) {
            return true;
        }
        int seen = 0;
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            if (HEADING.matcher(TextFold.fold(line)).find()) {
                return true;
            }
            if (++seen >= HEADING_LINES) {
                break;
            }
        }
        return false;
    }

    /** The ISO 639-1 code of the language the text says it was translated from, other than English. */
    public static Optional<String> sourceLanguage(String text) {
        Matcher m = SOURCE_LANGUAGE.matcher(TextFold.fold(text));
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                String code = m.group(g) == null ? null : LANGUAGE_NAMES.get(m.group(g));
                if (code != null && !code.equals("en")) {
                    return Optional.of(code);
                }
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> languageNames() {
        Map<String, String> names = new HashMap<>();
        for (String code : Locale.getISOLanguages()) {
            Locale language = Locale.forLanguageTag(code);
            for (Locale in : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("es")}) {
                String name = TextFold.fold(language.getDisplayLanguage(in));
                if (!name.isEmpty() && !name.equals(code) && name.matches("[a-z]+")) {
                    names.putIfAbsent(name, code);
                }
            }
        }
        return Map.copyOf(names);
    }
}
