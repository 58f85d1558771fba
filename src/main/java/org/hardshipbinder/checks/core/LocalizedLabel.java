package org.hardshipbinder.checks.core;

import java.util.Locale;
import java.util.Map;

/** A message argument that already exists in several languages (a factor's label); English is the fallback. */
public record LocalizedLabel(Map<String, String> byLanguage) {

    public LocalizedLabel {
        byLanguage = Map.copyOf(byLanguage);
    }

    public String in(Locale locale) {
        String text = byLanguage.get(locale.getLanguage());
        return text == null || text.isBlank() ? byLanguage.getOrDefault("en", "") : text;
    }
}
