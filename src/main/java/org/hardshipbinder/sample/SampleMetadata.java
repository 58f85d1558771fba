package org.hardshipbinder.sample;

import java.time.LocalDate;
import java.util.List;
import org.hardshipbinder.model.SourceKind;

/** What the family knows about each sample paper, keyed by the file's two-digit prefix. The pastor's letter has no date. */
final class SampleMetadata {

    record Entry(String prefix, String title, LocalDate date, SourceKind source, String language, String translationOfPrefix) {
    }

    /** A hardship factor the family argues with a paper, for the qualifying relative, in a scenario. */
    record FactorTag(String prefix, String factor, String scenario) {
    }

    private SampleMetadata() {
    }

    /** What each original paper shows, for Laura (the qualifying relative), so coverage has something to count. */
    static List<FactorTag> factorTags() {
        return List.of(
                new FactorTag("01", "family_ties", "both"),
                new FactorTag("02", "medical", "both"),
                new FactorTag("03", "relationship_proof", "both"),
                new FactorTag("05", "family_ties", "relocation"),
                new FactorTag("06", "education", "relocation"),
                new FactorTag("08", "financial", "separation"),
                new FactorTag("09", "financial", "separation"),
                new FactorTag("10", "social_cultural", "both"),
                new FactorTag("12", "psychological", "separation"),
                new FactorTag("13", "country_conditions", "relocation"));
    }

    static List<Entry> entries() {
        return List.of(
                new Entry("01", "Birth certificate of Sofia", LocalDate.of(2023, 6, 2), SourceKind.OFFICIAL, "en", null),
                new Entry("02", "Medical record of Sofia", LocalDate.of(2024, 1, 9), SourceKind.THIRD_PARTY, "en", null),
                new Entry("03", "Acta de matrimonio", LocalDate.of(2023, 5, 3), SourceKind.OFFICIAL, "es", null),
                new Entry("04", "Translation of the marriage certificate", LocalDate.of(2023, 5, 10), SourceKind.THIRD_PARTY, "en", "03"),
                new Entry("05", "Carta médica de Rosa Reyes", LocalDate.of(2024, 2, 20), SourceKind.THIRD_PARTY, "es", null),
                new Entry("06", "Constancia escolar", LocalDate.of(2024, 1, 15), SourceKind.THIRD_PARTY, "es", null),
                new Entry("07", "Translation of the school letter", LocalDate.of(2024, 2, 1), SourceKind.FAMILY, "en", "06"),
                new Entry("08", "Employer letter for Laura", LocalDate.of(2024, 3, 4), SourceKind.THIRD_PARTY, "en", null),
                new Entry("09", "W-2 of Laura, 2023", LocalDate.of(2024, 1, 31), SourceKind.THIRD_PARTY, "en", null),
                new Entry("10", "Letter from Pastor Ruiz", null, SourceKind.THIRD_PARTY, "en", null),
                new Entry("11", "Employer letter for Laura (scan)", LocalDate.of(2024, 3, 4), SourceKind.THIRD_PARTY, "en", null),
                new Entry("12", "Psychological evaluation of Laura", LocalDate.of(2024, 2, 12), SourceKind.THIRD_PARTY, "en", null),
                new Entry("13", "Travel advisory for Sonora", LocalDate.of(2023, 8, 22), SourceKind.OFFICIAL, "en", null));
    }
}
