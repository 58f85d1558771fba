package org.hardshipbinder.factors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.model.Document.DocumentMetadata;
import org.hardshipbinder.model.ImmigrationStatus;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Role;
import org.hardshipbinder.model.Scenario;
import org.hardshipbinder.model.SourceKind;
import org.hardshipbinder.model.Tag;
import org.hardshipbinder.model.TagOrigin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuggestionServiceTest {

    private static final String NEPHROLOGY_LETTER = """
            Clínica Renal del Valle
            Fecha: 12 de marzo de 2024

            A quien corresponda:
            Hago constar que la Sra. MARIA ELENA LOPEZ, de 44 años, es paciente de este servicio desde 2019. Padece
            insuficiencia renal crónica y requiere diálisis tres veces por semana; su pronóstico depende de que el
            tratamiento continúe sin interrupciones. Su nefróloga, Dra. Inés Roldán.""";

    @TempDir
    Path tmp;

    @Test
    void suggestsFromPageTextAcceptsAndNeverOffersARejectedOneAgain() {
        try (FactorsFixture f = new FactorsFixture(tmp)) {
            var s = f.services;
            Case kase = s.cases().create(CaseKind.I_601A, "Jorge Ramírez", null);
            Person maria = s.people().add(kase.id(), "María Elena López García", Role.QR, "esposa", ImmigrationStatus.USC, null);
            s.people().add(kase.id(), "Mario López", Role.OTHER, "cuñado", ImmigrationStatus.OTHER, null);
            long doc = f.document(kase.id(), "carta nefrologia", NEPHROLOGY_LETTER);
            SuggestionService suggestions = s.factors().suggestions();

            List<Suggestion> open = suggestions.pending(kase.id());
            Suggestion medical = only(open, SuggestionKind.FACTOR, "medical");
            assertThat(medical.personId()).isEqualTo(maria.id());
            assertThat(medical.scenario()).isEqualTo(Scenario.BOTH);
            assertThat(medical.confidence()).isBetween(0.5, 1.0);
            assertThat(medical.explanation().args().get(0).toString()).contains("dialisis").contains("nefrologa");
            Suggestion person = only(open, SuggestionKind.PERSON, String.valueOf(maria.id()));
            assertThat(person.explanation().args().get(0).toString()).isEqualTo("maria elena lopez");
            assertThat(open).noneMatch(x -> x.kind() == SuggestionKind.PERSON && !x.value().equals(String.valueOf(maria.id())));
            assertThat(only(open, SuggestionKind.DATE, "2024-03-12").confidence()).isGreaterThan(0.8);
            assertThat(only(open, SuggestionKind.EVIDENCE_TYPE, "physician_letter")).isNotNull();

            suggestions.accept(medical);
            suggestions.reject(person);
            List<Tag> tags = s.tags().forDocument(doc);
            assertThat(tags).singleElement().satisfies(t -> {
                assertThat(t.factor()).isEqualTo("medical");
                assertThat(t.origin()).isEqualTo(TagOrigin.SUGGESTION);
                assertThat(t.personId()).isEqualTo(maria.id());
            });
            List<Suggestion> after = suggestions.pending(kase.id());
            assertThat(after).extracting(Suggestion::key).doesNotContain(medical.key(), person.key());
            assertThat(after).extracting(Suggestion::kind).contains(SuggestionKind.DATE, SuggestionKind.EVIDENCE_TYPE);

            // Removing the accepted tag must not bring the suggestion back either: the user's answer stands.
            s.tags().remove(tags.get(0).id());
            assertThat(suggestions.pending(kase.id())).extracting(Suggestion::key).doesNotContain(medical.key(), person.key());
        }
    }

    @Test
    void applyFillsOnlyEmptyMetadataAndTagsWithSuggestionOrigin() {
        try (FactorsFixture f = new FactorsFixture(tmp)) {
            var s = f.services;
            Case kase = s.cases().create(CaseKind.I_601A, "Jorge Ramírez", null);
            Person maria = s.people().add(kase.id(), "María Elena López García", Role.QR, "esposa", ImmigrationStatus.USC, null);
            long letter = f.document(kase.id(), "carta", NEPHROLOGY_LETTER);
            long typed = f.document(kase.id(), "carta 2", NEPHROLOGY_LETTER.replace("12 de marzo", "2 de abril"));
            s.documents().updateMetadata(typed, new DocumentMetadata("Mi carta", "medical_record", null, false,
                    SourceKind.THIRD_PARTY, null, "es", null));
            long blank = f.document(kase.id(), "sin texto", null);

            List<Suggestion> applied = s.factors().suggestions().acceptAll(kase.id());
            assertThat(applied).isNotEmpty().noneMatch(x -> x.documentId() == blank);

            DocumentMetadata first = s.documents().find(letter).orElseThrow().metadata();
            assertThat(first.evidenceType()).isEqualTo("physician_letter");
            assertThat(first.date()).isEqualTo(LocalDate.of(2024, 3, 12));
            assertThat(first.source()).isEqualTo(SourceKind.THIRD_PARTY);
            DocumentMetadata second = s.documents().find(typed).orElseThrow().metadata();
            assertThat(second.evidenceType()).isEqualTo("medical_record");
            assertThat(second.date()).isEqualTo(LocalDate.of(2024, 4, 2));
            assertThat(second.title()).isEqualTo("Mi carta");
            assertThat(s.tags().forCase(kase.id())).extracting(Tag::documentId, Tag::factor, Tag::personId, Tag::origin)
                    .contains(org.assertj.core.groups.Tuple.tuple(letter, "medical", maria.id(), TagOrigin.SUGGESTION),
                            org.assertj.core.groups.Tuple.tuple(typed, "medical", maria.id(), TagOrigin.SUGGESTION));
            assertThat(s.factors().documentFacts().people(letter)).containsExactly(maria.id());
            assertThat(s.factors().suggestions().pending(kase.id())).isEmpty();
        }
    }

    @Test
    void particularlySignificantCircumstancesAndParoleFactorsAreSuggested() {
        try (FactorsFixture f = new FactorsFixture(tmp)) {
            var s = f.services;
            Case kase = s.cases().create(CaseKind.PAROLE, "Luis Ortega", null);
            long doc = f.document(kase.id(), "letter", """
                    Dear officer, my brother Luis needs to come urgently: our father is in critical condition after a
                    stroke and the doctors expect him to live only a few weeks. This is an emergency. I will be his
                    sponsor and have filed Form I-134, Declaration of Financial Support.""");
            List<Suggestion> open = s.factors().suggestions().pending(kase.id());
            assertThat(open).filteredOn(x -> x.kind() == SuggestionKind.FACTOR).extracting(Suggestion::value)
                    .contains("urgency", "sponsor_support").doesNotContain("medical");
            assertThat(open).filteredOn(x -> x.kind() == SuggestionKind.FACTOR).allMatch(x -> x.personId() == null);

            Case waiver = s.cases().create(CaseKind.I_601, "Carlos", null);
            long advisory = f.document(waiver.id(), "advisory", """
                    Mexico Travel Advisory. Level 4: Do Not Travel to Guerrero due to crime. Violent crime, such as
                    homicide, kidnapping, carjacking and robbery, is widespread.""");
            assertThat(s.factors().suggestions().pending(waiver.id())).filteredOn(x -> x.documentId() == advisory)
                    .extracting(Suggestion::kind, Suggestion::value)
                    .contains(org.assertj.core.groups.Tuple.tuple(SuggestionKind.CIRCUMSTANCE, "travel_advisory_3_4"),
                            org.assertj.core.groups.Tuple.tuple(SuggestionKind.FACTOR, "country_conditions"));
            assertThat(doc).isPositive();
        }
    }

    private static Suggestion only(List<Suggestion> suggestions, SuggestionKind kind, String value) {
        List<Suggestion> found = suggestions.stream().filter(x -> x.kind() == kind && x.value().equals(value)).toList();
        assertThat(found).as(kind + " " + value + " in " + suggestions).hasSize(1);
        return found.get(0);
    }
}
