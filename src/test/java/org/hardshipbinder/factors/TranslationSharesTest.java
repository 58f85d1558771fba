package org.hardshipbinder.factors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Role;
import org.junit.jupiter.api.Test;

/** An original and its translation are one document: shared factors and people, and an unreadable original described. */
class TranslationSharesTest {

    private static final FactorCatalog CATALOG = FactorCatalog.load();
    private static final Person QR = new Person(7, 1, "Oksana Hrytsenko", Role.QR, "mother", null, null);
    private static final String TRANSLATION = """
            TRANSLATION FROM UKRAINIAN
            MINISTRY OF HEALTH
            Pryozerne Regional Clinical Hospital, Department of Nephrology
            DISCHARGE SUMMARY No. 5512/2025
            Patient: Hrytsenko Oksana Ivanivna, born 19.06.1961
            In hospital from 02.03.2025 to 16.03.2025. Diagnosis: chronic kidney disease, stage 4; hypertension.
            Treatment: hemodialysis three times a week, insulin. Recommended: follow-up with a nephrologist.
            Head of department (signature) 17.03.2025

            TRANSLATOR'S CERTIFICATION
            I certify that I am competent to translate from Ukrainian into English and that this is a complete and
            accurate translation of the attached document.
            April 2, 2025""";
    /** What a page in Cyrillic keeps when no model reads it: its numbers. */
    private static final String NUMBERS_ONLY = "5512/2025 19.06.1961 02.03.2025 16.03.2025 4 3 17.03.2025";

    private final SuggestionEngine engine = new SuggestionEngine(CATALOG.factors(FactorSet.HARDSHIP), CATALOG,
            List.of(QR), true);

    @Test
    void anOriginalWithOnlyItsNumbersIsDescribedThroughItsTranslation() {
        List<Suggestion> all = new ArrayList<>(engine.suggest(1, TRANSLATION, "en"));
        all.addAll(engine.suggest(2, NUMBERS_ONLY, "ru"));
        assertThat(all).noneMatch(s -> s.documentId() == 2 && s.kind() == SuggestionKind.EVIDENCE_TYPE);

        List<Suggestion> added = new TranslationShares(engine).share(
                new TranslationShares.Side(1, TRANSLATION, "en", "Translation"),
                new TranslationShares.Side(2, NUMBERS_ONLY, "uk", "photo.jpg"), all);

        assertThat(value(added, SuggestionKind.EVIDENCE_TYPE)).containsExactly("medical_record");
        assertThat(value(added, SuggestionKind.SOURCE)).containsExactly("third_party");
        assertThat(value(added, SuggestionKind.FACTOR)).contains("medical");
        assertThat(value(added, SuggestionKind.PERSON)).containsExactly(String.valueOf(QR.id()));
        assertThat(value(added, SuggestionKind.TITLE)).singleElement().asString()
                .startsWith("Medical record of Oksana Hrytsenko").contains("March 17, 2025").endsWith("in Ukrainian")
                .doesNotContain("translation");
        // its own date comes from its own numbers, written day first with dots
        assertThat(value(all, SuggestionKind.DATE)).contains("2025-03-17");
    }

    @Test
    void factorsFoundInEitherLanguageAreSharedWithTheOther() {
        String original = "Hospital Municipal de Vila Aurora. Declaro que a paciente Oksana Hrytsenko precisa de dialise "
                + "e que nao ha nefrologista na rede publica do municipio; a fila de espera e de um ano.";
        Suggestion onlyInOriginal = new Suggestion(2, SuggestionKind.FACTOR, "country_conditions", QR.id(), null, 0.7, null);
        Suggestion onlyInTranslation = new Suggestion(1, SuggestionKind.FACTOR, "medical", QR.id(), null, 0.8, null);
        Suggestion typed = new Suggestion(2, SuggestionKind.EVIDENCE_TYPE, "physician_letter", null, null, 0.8, null);
        List<Suggestion> added = new TranslationShares(engine).share(
                new TranslationShares.Side(1, "Translation of a hospital statement", "en", "t"),
                new TranslationShares.Side(2, original, "pt", "o"), List.of(onlyInOriginal, onlyInTranslation, typed));

        assertThat(added).extracting(Suggestion::documentId, Suggestion::value)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(2L, "medical"),
                        org.assertj.core.groups.Tuple.tuple(1L, "country_conditions"));
        assertThat(added).noneMatch(s -> s.kind() == SuggestionKind.EVIDENCE_TYPE);
    }

    private static List<String> value(List<Suggestion> list, SuggestionKind kind) {
        return list.stream().filter(s -> s.kind() == kind).map(Suggestion::value).distinct().toList();
    }
}
