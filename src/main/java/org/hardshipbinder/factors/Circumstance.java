package org.hardshipbinder.factors;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A circumstance the Policy Manual calls particularly significant (a federal disability determination, active duty …). */
public record Circumstance(String code, String factor, Localized label, Localized description,
                           Map<String, List<String>> keywords, Map<String, List<String>> patterns,
                           boolean particularlySignificant) {

    public Circumstance {
        keywords = Map.copyOf(keywords);
        patterns = Map.copyOf(patterns);
    }

    public String label(Locale locale) {
        return label.in(locale);
    }

    public TermMatcher matcher() {
        return new TermMatcher(keywords, patterns);
    }
}
