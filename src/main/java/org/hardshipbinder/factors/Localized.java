package org.hardshipbinder.factors;

import java.util.Locale;
import java.util.Map;

/** A text in several languages (ISO 639-1 keys); English is the fallback. */
public record Localized(Map<String, String> byLanguage) {

    public Localized {
        byLanguage = Map.copyOf(byLanguage);
    }

    public static Localized of(String text) {
        return new Localized(Map.of("en", text));
    }

    public String in(Locale locale) {
        String text = byLanguage.get(locale.getLanguage());
        return text == null || text.isBlank() ? byLanguage.getOrDefault("en", "") : text;
    }

    public boolean has(String language) {
        String text = byLanguage.get(language);
        return text != null && !text.isBlank();
    }
}
