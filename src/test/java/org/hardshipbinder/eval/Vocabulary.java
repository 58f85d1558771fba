package org.hardshipbinder.eval;

import java.util.Map;
import java.util.Set;

/**
 * How the labels' vocabulary maps onto the app's. The labels use one type list and the I-601 factor names for every
 * case kind; the app has its own evidence types and, for parole and 212(d)(3)(A), that kind's factor set.
 */
final class Vocabulary {

    private Vocabulary() {
    }

    /** Label doc_type → the app evidence types that count as right. */
    static final Map<String, Set<String>> TYPES = Map.ofEntries(
            Map.entry("birth_certificate", Set.of("birth_certificate")),
            Map.entry("marriage_certificate", Set.of("marriage_certificate")),
            Map.entry("translation", Set.of("translation")),
            Map.entry("declaration", Set.of("declaration", "affidavit")),
            Map.entry("physician_letter", Set.of("physician_letter")),
            Map.entry("psychological_evaluation", Set.of("psychological_evaluation")),
            Map.entry("health_facility_statement", Set.of("medical_record", "physician_letter", "health_facility_statement")),
            Map.entry("home_health_letter", Set.of("medical_record", "physician_letter", "home_health_letter")),
            Map.entry("benefit_letter", Set.of("disability_determination", "benefit_letter")),
            Map.entry("uscis_notice", Set.of("immigration_record")),
            Map.entry("clergy_letter", Set.of("community_letter")),
            Map.entry("medical_record", Set.of("medical_record")),
            Map.entry("certificate_of_non_availability", Set.of("certificate_of_non_availability")),
            Map.entry("pay_stub", Set.of("pay_stub")),
            Map.entry("w2", Set.of("w2")),
            Map.entry("tax_return", Set.of("tax_return")),
            Map.entry("bank_statement", Set.of("bank_statement")),
            Map.entry("lease", Set.of("lease_mortgage")),
            Map.entry("employer_letter", Set.of("employer_letter")),
            Map.entry("report_card", Set.of("school_record")),
            Map.entry("country_conditions", Set.of("country_report", "news_article")));

    /** App factor → label factor (null: no counterpart in the labels). */
    static String factor(String appFactor) {
        return switch (appFactor) {
            case "urgency", "suffering", "expected_duration" -> "medical";
            case "sponsor_support" -> "financial";
            case "effect_of_decision" -> "family_ties";
            case "medical", "psychological", "financial", "education", "family_ties", "country_conditions",
                    "social_cultural", "relationship_proof" -> appFactor;
            default -> null;
        };
    }

    /** The app's "family" source (a relative speaking) is the labels' "self". */
    static String source(String appSource) {
        return "family".equals(appSource) ? "self" : appSource;
    }

    /** Check name of the labels → the finding codes that correspond to it. */
    static final Map<String, Set<String>> CHECK_CODES = Map.ofEntries(
            Map.entry("dob_conflict", Set.of("DOB_CONFLICT")),
            Map.entry("marriage_date_conflict", Set.of("MARRIAGE_DATE_CONFLICT")),
            Map.entry("name_variant", Set.of("NAME_VARIANT")),
            Map.entry("income_conflict", Set.of("AMOUNT_CONFLICT")),
            Map.entry("a_number_conflict", Set.of("ID_NUMBER_CONFLICT")),
            Map.entry("translation_missing", Set.of("TRANSLATION_MISSING")),
            Map.entry("translation_uncertified", Set.of("TRANSLATION_CERT_INCOMPLETE")),
            Map.entry("translation_incomplete_cert", Set.of("TRANSLATION_CERT_INCOMPLETE")),
            Map.entry("translation_incomplete", Set.of("TRANSLATION_INCOMPLETE")),
            Map.entry("future_date", Set.of("FUTURE_DATE", "CHRONOLOGY")),
            Map.entry("undated", Set.of("UNDATED")),
            Map.entry("duplicate", Set.of("DUPLICATE")));
}
