package org.hardshipbinder.factors;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hardshipbinder.model.SourceKind;

/**
 * A kind of evidence (medical record, pay stub, IEP …) with the words that give it away, and who usually issues it
 * ({@code typicalSource}, null where it varies, as for declarations).
 */
public record EvidenceType(String code, Localized label, Localized description, SourceKind typicalSource,
                           Map<String, List<String>> keywords, Map<String, List<String>> patterns) {

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
