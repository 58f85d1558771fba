package org.hardshipbinder.factors;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A kind of evidence (medical record, pay stub, IEP …) with the words that give it away. */
public record EvidenceType(String code, Localized label, Map<String, List<String>> keywords,
                           Map<String, List<String>> patterns) {

    public EvidenceType {
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
