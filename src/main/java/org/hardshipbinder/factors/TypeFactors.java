package org.hardshipbinder.factors;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The hardship factor a kind of evidence proves by what it is. A civil record proves a relationship, a pay stub or a
 * tax return the finances, a report card the child's schooling, whatever words they happen to contain: for these
 * records the type decides alone ("a birth certificate mentioning a school is not education evidence"). Letters,
 * reports and statements add their type's factor to what their words show.
 */
final class TypeFactors {

    private static final Map<String, String> RECORDS = Map.ofEntries(
            Map.entry("birth_certificate", "relationship_proof"), Map.entry("marriage_certificate", "relationship_proof"),
            Map.entry("certificate_of_non_availability", "relationship_proof"),
            Map.entry("immigration_record", "relationship_proof"),
            Map.entry("pay_stub", "financial"), Map.entry("w2", "financial"), Map.entry("tax_return", "financial"),
            Map.entry("bank_statement", "financial"), Map.entry("lease_mortgage", "financial"), Map.entry("bill", "financial"),
            Map.entry("school_record", "education"));
    /** A physician's letter may be about the mind as much as the body: its words decide, not its type. */
    private static final Map<String, String> NARRATIVES = Map.of(
            "employer_letter", "financial", "iep", "education",
            "country_report", "country_conditions", "news_article", "country_conditions",
            "community_letter", "social_cultural");

    private TypeFactors() {
    }

    /** Whether the type alone decides the document's factors. */
    static boolean decidesAlone(String type) {
        return RECORDS.containsKey(type);
    }

    /** The hardship factor the type proves, if any. */
    static Optional<String> of(String type) {
        return Optional.ofNullable(RECORDS.getOrDefault(type, NARRATIVES.get(type)));
    }

    static Set<String> recordTypes() {
        return RECORDS.keySet();
    }
}
