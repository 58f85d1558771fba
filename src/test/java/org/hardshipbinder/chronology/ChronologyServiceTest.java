package org.hardshipbinder.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.hardshipbinder.model.FactKind;
import org.hardshipbinder.testdata.CaseGenerator;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.wiring.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chronology of a real vault: documents whose text states births, a marriage and a diagnosis. */
class ChronologyServiceTest {

    @TempDir
    Path dir;
    private Services services;
    private ChronologyFixture fixture;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("vault"), AccessMode.READ_WRITE, CaseGenerator.clock());
        fixture = ChronologyFixture.build(new CaseGenerator(services, dir));
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void eachDatedFactHasItsPersonDocumentAndPage() {
        Chronology chronology = services.chronology().forCase(fixture.theCase().id()).orElseThrow();
        List<ChronologyEvent> events = chronology.events();
        assertThat(events).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(FactKind.BIRTH_DATE);
            assertThat(e.date()).isEqualTo(ChronologyFixture.SPOUSE_BORN);
            assertThat(e.personId()).isEqualTo(fixture.spouse().id());
            assertThat(e.person()).isEqualTo("Marisol Quintana Vélez");
            assertThat(e.documentId()).isEqualTo(fixture.birthCertificate());
            assertThat(e.document()).isEqualTo("Birth certificate of Marisol Quintana Vélez");
            assertThat(e.page()).isEqualTo(1);
            assertThat(e.text()).isEqualTo("March 3, 1990");
        });
        assertThat(events).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(FactKind.MARRIAGE_DATE);
            assertThat(e.date()).isEqualTo(ChronologyFixture.MARRIED);
            assertThat(e.documentId()).isEqualTo(fixture.declaration());
            assertThat(e.page()).isEqualTo(1);
        });
        assertThat(events).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(FactKind.DIAGNOSIS_DATE);
            assertThat(e.date()).isEqualTo(ChronologyFixture.DIAGNOSED);
            assertThat(e.personId()).isEqualTo(fixture.spouse().id());
            assertThat(e.documentId()).isEqualTo(fixture.physicianLetter());
            assertThat(e.page()).as("the diagnosis is on the letter's second page").isEqualTo(2);
        });
        assertThat(events).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(FactKind.BIRTH_DATE);
            assertThat(e.date()).isEqualTo(ChronologyFixture.CHILD_BORN);
            assertThat(e.personId()).isEqualTo(fixture.child().id());
        });
        assertThat(events).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(FactKind.DOCUMENT_DATE);
            assertThat(e.documentId()).isEqualTo(fixture.physicianLetter());
            assertThat(e.date()).isEqualTo(java.time.LocalDate.of(2026, 4, 2));
        });
        assertThat(events).extracting(ChronologyEvent::date).isSorted();
        assertThat(events).allSatisfy(e -> assertThat(e.kind().isDate()).isTrue());
    }

    @Test
    void twoBirthDatesOfOnePersonAreGroupedAsAConflict() {
        Chronology chronology = services.chronology().forCase(fixture.theCase().id()).orElseThrow();
        assertThat(chronology.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(FactKind.BIRTH_DATE);
            assertThat(c.personId()).isEqualTo(fixture.spouse().id());
            assertThat(c.readings()).extracting(DateConflict.Reading::date)
                    .containsExactly(ChronologyFixture.SPOUSE_BORN, ChronologyFixture.SPOUSE_BORN_WRONG);
            assertThat(c.readings().get(0).events()).extracting(ChronologyEvent::documentId).containsExactly(fixture.birthCertificate());
            assertThat(c.readings().get(1).events()).extracting(ChronologyEvent::documentId).containsExactly(fixture.declaration());
        });
    }

    @Test
    void theCaseDetailsCountAndAnUndatedDocumentIsListedApart() {
        var p = fixture.spouse();
        services.people().update(new org.hardshipbinder.model.Person(p.id(), p.caseId(), p.name(), p.role(), p.relation(),
                p.status(), ChronologyFixture.SPOUSE_BORN));
        Chronology chronology = services.chronology().forCase(fixture.theCase().id()).orElseThrow();
        assertThat(chronology.events()).anySatisfy(e -> {
            assertThat(e.origin()).isEqualTo(ChronologyEvent.Origin.CASE_DETAILS);
            assertThat(e.personId()).isEqualTo(fixture.spouse().id());
            assertThat(e.documentId()).isNull();
        });
        assertThat(chronology.conflicts().get(0).readings().get(0).events()).hasSize(2);
        assertThat(chronology.undated()).extracting(ChronologyEvent::documentId).containsExactly(fixture.note());
    }

    @Test
    void aDocumentsRecordedDateShowsWhenNoPageStatesIt() {
        var note = services.documents().find(fixture.note()).orElseThrow();
        services.documents().updateMetadata(note.id(), new org.hardshipbinder.model.Document.DocumentMetadata(
                note.metadata().title(), null, java.time.LocalDate.of(2026, 1, 5), true, null, null, "en", null));
        Chronology chronology = services.chronology().forCase(fixture.theCase().id()).orElseThrow();
        assertThat(chronology.undated()).isEmpty();
        assertThat(chronology.events()).filteredOn(e -> e.documentId() != null && e.documentId() == fixture.note())
                .singleElement().satisfies(e -> {
                    assertThat(e.origin()).isEqualTo(ChronologyEvent.Origin.DOCUMENT_DETAILS);
                    assertThat(e.approximate()).isTrue();
                });
    }

    @Test
    void oneDocumentsFactsForTheDocumentScreen() {
        List<ChronologyEvent> facts = services.chronology().forDocument(fixture.physicianLetter());
        assertThat(facts).extracting(ChronologyEvent::kind).containsExactly(FactKind.DIAGNOSIS_DATE, FactKind.DOCUMENT_DATE);
        assertThat(facts).allSatisfy(e -> assertThat(e.documentId()).isEqualTo(fixture.physicianLetter()));
        assertThat(services.chronology().forDocument(9999)).isEmpty();
        assertThat(services.chronology().forCase(9999)).isEmpty();
    }
}
