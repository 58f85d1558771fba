package org.hardshipbinder.factors;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hardshipbinder.model.Scenario;

/**
 * A factor an officer weighs, from the catalog or added by the user to one case. {@code keywords}, {@code weakKeywords}
 * (words common elsewhere too) and {@code patterns} are per language; {@code evidence} lists the recommended evidence-type codes.
 */
public record Factor(String code, FactorSet set, Localized label, Localized description,
                     Map<String, List<String>> keywords, Map<String, List<String>> weakKeywords,
                     Map<String, List<String>> patterns, List<String> evidence,
                     boolean particularlySignificant, Scenario defaultScenario, boolean custom) {

    public Factor {
        keywords = Map.copyOf(keywords);
        weakKeywords = Map.copyOf(weakKeywords);
        patterns = Map.copyOf(patterns);
        evidence = List.copyOf(evidence);
    }

    public String label(Locale locale) {
        return label.in(locale);
    }

    public TermMatcher matcher() {
        return new TermMatcher(keywords, weakKeywords, patterns);
    }
}
