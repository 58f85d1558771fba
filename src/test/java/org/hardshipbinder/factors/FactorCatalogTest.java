package org.hardshipbinder.factors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.hardshipbinder.i18n.Messages;
import org.junit.jupiter.api.Test;

class FactorCatalogTest {

    private final FactorCatalog catalog = FactorCatalog.load();

    @Test
    void hardshipFactorsComeInCatalogOrderWithTheDesignCodes() {
        assertThat(catalog.factors(FactorSet.HARDSHIP)).extracting(Factor::code).containsExactly("medical", "psychological",
                "financial", "education", "family_ties", "country_conditions", "social_cultural", "relationship_proof");
        assertThat(catalog.factors(FactorSet.PAROLE)).extracting(Factor::code).containsExactly("urgency",
                "effect_of_decision", "suffering", "expected_duration", "immigration_criminal_history", "sponsor_support",
                "other_visa_options");
        assertThat(catalog.factors(FactorSet.NONIMMIGRANT)).extracting(Factor::code).containsExactly("recency_seriousness",
                "travel_reasons", "us_interests", "isolated_or_pattern", "rehabilitation");
        assertThat(catalog.orderOf("medical")).isLessThan(catalog.orderOf("financial"));
        assertThat(catalog.orderOf("a_custom_one")).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void everyFactorHasBothLanguagesKeywordsAndKnownEvidence() {
        List<String> problems = new ArrayList<>();
        for (Factor f : catalog.factors()) {
            for (String lang : List.of("en", "es")) {
                if (!f.label().has(lang)) {
                    problems.add(f.code() + ": no " + lang + " label");
                }
                if (!f.description().has(lang)) {
                    problems.add(f.code() + ": no " + lang + " description");
                }
                if (f.keywords().getOrDefault(lang, List.of()).isEmpty()) {
                    problems.add(f.code() + ": no " + lang + " keywords");
                }
            }
            if (f.evidence().isEmpty()) {
                problems.add(f.code() + ": no recommended evidence");
            }
            f.evidence().stream().filter(e -> catalog.evidenceType(e).isEmpty())
                    .forEach(e -> problems.add(f.code() + ": unknown evidence type " + e));
            assertThat(f.matcher().isEmpty()).isFalse();
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyCircumstanceIsParticularlySignificantInBothLanguages() {
        assertThat(catalog.circumstances()).extracting(Circumstance::code).contains("federal_disability",
                "military_service", "travel_advisory_3_4", "protected_status", "children_care_displacement");
        List<String> problems = new ArrayList<>();
        for (Circumstance c : catalog.circumstances()) {
            for (String lang : List.of("en", "es")) {
                if (!c.label().has(lang) || !c.description().has(lang) || c.keywords().getOrDefault(lang, List.of()).isEmpty()) {
                    problems.add(c.code() + ": incomplete in " + lang);
                }
            }
            if (!c.particularlySignificant() || catalog.factor(c.factor()).isEmpty()) {
                problems.add(c.code() + ": not flagged or unknown factor " + c.factor());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyEvidenceTypeHasBothLabelsDescriptionsAndKeywords() {
        assertThat(catalog.evidenceTypes()).extracting(EvidenceType::code).contains("medical_record", "physician_letter",
                "psychological_evaluation", "tax_return", "w2", "pay_stub", "bank_statement", "lease_mortgage", "bill",
                "school_record", "iep", "birth_certificate", "marriage_certificate", "declaration", "affidavit",
                "country_report", "translation", "other");
        List<String> missing = catalog.evidenceTypes().stream()
                .filter(t -> !t.label().has("en") || !t.label().has("es") || !t.description().has("en")
                        || !t.description().has("es") || !t.code().equals("other")
                        && (t.keywords().getOrDefault("en", List.of()).isEmpty() || t.keywords().getOrDefault("es", List.of()).isEmpty()))
                .map(EvidenceType::code).toList();
        assertThat(missing).isEmpty();
        assertThat(catalog.evidenceType("iep").orElseThrow().label(Messages.SPANISH)).contains("educación especial");
        assertThat(catalog.factor("medical").orElseThrow().label(Locale.ENGLISH)).isEqualTo("Medical and health conditions");
    }

    @Test
    void theBundleHasTheSameKeysInEnglishAndSpanish() throws IOException {
        Properties en = bundle("/i18n/factors.properties");
        Properties es = bundle("/i18n/factors_es.properties");
        assertThat(en.stringPropertyNames()).isNotEmpty().isEqualTo(es.stringPropertyNames());
        assertThat(es.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
    }

    private static Properties bundle(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = FactorCatalogTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
