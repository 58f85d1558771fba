package org.hardshipbinder.factors;

import java.util.List;
import java.util.Map;

/**
 * For requests weighed by their own factors (humanitarian parole, 212(d)(3)(A)), which of them a document supports
 * when it is the kind of evidence a hardship factor describes: a physician's letter shows the urgency and the
 * suffering; the sponsor's pay, tax and bank records show the sponsor's support; family ties show the effect of a
 * decision on the family. The hardship catalog's words find the evidence; this table says what it proves here.
 */
final class DerivedFactors {

    private static final Map<String, List<String>> FROM_HARDSHIP = Map.of(
            "medical", List.of("urgency", "suffering", "travel_reasons"),
            "psychological", List.of("suffering"),
            "financial", List.of("sponsor_support"),
            "family_ties", List.of("effect_of_decision", "travel_reasons"),
            "country_conditions", List.of("urgency"));

    private DerivedFactors() {
    }

    /** The case-kind factors a document matching {@code hardshipFactor} supports (only those the case uses count). */
    static List<String> of(String hardshipFactor) {
        return FROM_HARDSHIP.getOrDefault(hardshipFactor, List.of());
    }
}
