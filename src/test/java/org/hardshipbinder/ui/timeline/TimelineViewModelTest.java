package org.hardshipbinder.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hardshipbinder.chronology.Chronology;
import org.hardshipbinder.chronology.ChronologyEvent;
import org.hardshipbinder.chronology.DateConflict;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.model.FactKind;
import org.hardshipbinder.model.ImmigrationStatus;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Role;
import org.hardshipbinder.ui.notify.Notifier;
import org.hardshipbinder.ui.testing.Sync;
import org.junit.jupiter.api.Test;

/** The timeline's state without a window: filters by person and kind, conflicts, undated documents, the PDF. */
class TimelineViewModelTest {

    private static final Case CASE = new Case(1, CaseKind.I_601A, "Nicanor Fuentes", null, Instant.EPOCH);
    private static final Person NICANOR = new Person(1, 1, "Nicanor Fuentes", Role.APPLICANT, null, ImmigrationStatus.OTHER, null);
    private static final Person ROSALBA = new Person(2, 1, "Rosalba Fuentes", Role.QR, "wife", ImmigrationStatus.USC, null);
    private static final ChronologyEvent BORN = event(FactKind.BIRTH_DATE, ROSALBA, LocalDate.of(1988, 2, 2), 10, 1);
    private static final ChronologyEvent BORN_AGAIN = event(FactKind.BIRTH_DATE, ROSALBA, LocalDate.of(1988, 2, 12), 11, 3);
    private static final ChronologyEvent ENTERED = event(FactKind.ENTRY_DATE, NICANOR, LocalDate.of(2004, 7, 1), 12, 2);
    private static final ChronologyEvent DIAGNOSED = event(FactKind.DIAGNOSIS_DATE, ROSALBA, LocalDate.of(2021, 3, 9), 13, 2);
    private static final ChronologyEvent LETTER = event(FactKind.DOCUMENT_DATE, null, LocalDate.of(2026, 1, 4), 13, 1);
    private static final ChronologyEvent UNDATED = new ChronologyEvent(null, null, false, FactKind.DOCUMENT_DATE, null, null,
            14L, "Photo of the family", 1, null, null, null, null, ChronologyEvent.Origin.DOCUMENT_DETAILS);

    private final FakeSource source = new FakeSource();
    private final Notifier notifier = new Notifier();
    private final TimelineViewModel model = new TimelineViewModel(source, Sync.tasks(), Sync.english(), notifier);

    @Test
    void showsEveryDatedFactThenTheUndatedDocuments() {
        model.load(CASE);
        assertThat(model.rows()).containsExactly(BORN, BORN_AGAIN, ENTERED, DIAGNOSED, LETTER, UNDATED);
        assertThat(model.messageProperty().get()).contains("1 document(s) have no date", "the document’s details");
        assertThat(model.summaryProperty().get()).isEqualTo("5 of 5 dated facts and documents shown.");
        assertThat(model.people()).extracting(TimelineViewModel.PersonChoice::label)
                .containsExactly("Everyone", "Nicanor Fuentes", "Rosalba Fuentes", "Not tied to a person");
        assertThat(model.kinds()).extracting(TimelineViewModel.KindChoice::label)
                .containsExactly("All kinds", "Birth", "Diagnosis", "Document dated", "Entry");
        assertThat(model.conflicts()).hasSize(1);
        assertThat(model.inConflict(BORN_AGAIN)).isTrue();
        assertThat(model.inConflict(DIAGNOSED)).isFalse();
    }

    @Test
    void filtersByPersonAndByKind() {
        model.load(CASE);
        model.personProperty().set(model.people().get(2));
        assertThat(model.rows()).containsExactly(BORN, BORN_AGAIN, DIAGNOSED);
        assertThat(model.conflicts()).hasSize(1);
        model.kindProperty().set(model.kinds().stream().filter(k -> k.kind() == FactKind.DIAGNOSIS_DATE).findFirst().orElseThrow());
        assertThat(model.rows()).containsExactly(DIAGNOSED);
        assertThat(model.conflicts()).isEmpty();
        model.personProperty().set(model.people().get(1));
        assertThat(model.rows()).isEmpty();
        model.personProperty().set(model.people().get(3));
        model.kindProperty().set(model.kinds().get(0));
        assertThat(model.rows()).containsExactly(LETTER, UNDATED);
        assertThat(model.conflicts()).isEmpty();
        assertThat(model.summaryProperty().get()).isEqualTo("1 of 5 dated facts and documents shown.");
    }

    @Test
    void filtersSurviveAReload() {
        model.load(CASE);
        model.personProperty().set(model.people().get(1));
        model.load(CASE);
        assertThat(model.personProperty().get().label()).isEqualTo("Nicanor Fuentes");
        assertThat(model.rows()).containsExactly(ENTERED);
    }

    @Test
    void labelsSayWhereEachDateWasRead() {
        model.load(CASE);
        assertThat(model.dateLabel(BORN)).isEqualTo("Feb 2, 1988");
        assertThat(model.sourceLabel(DIAGNOSED)).isEqualTo("Document 13, page 2");
        assertThat(model.quote(DIAGNOSED)).isEqualTo("“2021-03-09”");
        assertThat(model.kindLabel(FactKind.ENTRY_DATE)).isEqualTo("Entry");
        assertThat(model.conflictTitle(model.conflicts().get(0))).isEqualTo("Birth of Rosalba Fuentes");
        assertThat(model.opens(UNDATED)).isTrue();
        assertThat(model.dateLabel(UNDATED)).isEqualTo("no date");
    }

    @Test
    void savesWhatIsShownAsAPdfAndSaysWhere() {
        model.load(CASE);
        model.personProperty().set(model.people().get(2));
        Path file = Path.of("chronology-test.pdf").toAbsolutePath();
        model.savePdf(file);
        assertThat(source.saved).singleElement().satisfies(c -> {
            assertThat(c.events()).containsExactly(BORN, BORN_AGAIN, DIAGNOSED);
            assertThat(c.undated()).isEmpty();
            assertThat(c.conflicts()).hasSize(1);
        });
        assertThat(model.lastSavedProperty().get()).isEqualTo(file);
        assertThat(model.messageProperty().get()).isEqualTo("Chronology saved as chronology-test.pdf (2 page(s)).");
        assertThat(notifier.history()).singleElement().satisfies(n -> assertThat(n.details().get(0)).contains(file.getParent().toString()));
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aFailedSaveSaysSoAndNothingIsMarkedSaved() {
        model.load(CASE);
        source.fail = true;
        model.savePdf(Path.of("nowhere.pdf"));
        assertThat(model.lastSavedProperty().get()).isNull();
        assertThat(model.messageProperty().get()).contains("disk full");
        assertThat(model.busyProperty().get()).isFalse();
    }

    private static ChronologyEvent event(FactKind kind, Person person, LocalDate date, long document, int page) {
        return new ChronologyEvent(date, null, false, kind, person == null ? null : person.id(), person == null ? null : person.name(),
                document, "Document " + document, page, date.toString(), 0, 10, null, ChronologyEvent.Origin.TEXT);
    }

    private static final class FakeSource implements TimelineSource {
        final List<Chronology> saved = new ArrayList<>();
        boolean fail;

        @Override
        public Chronology chronology(long caseId) {
            DateConflict conflict = new DateConflict(FactKind.BIRTH_DATE, ROSALBA.id(), ROSALBA.name(), List.of(
                    new DateConflict.Reading(BORN.date(), List.of(BORN)), new DateConflict.Reading(BORN_AGAIN.date(), List.of(BORN_AGAIN))));
            return new Chronology(CASE, List.of(NICANOR, ROSALBA), List.of(BORN, BORN_AGAIN, ENTERED, DIAGNOSED, LETTER),
                    List.of(conflict), List.of(UNDATED));
        }

        @Override
        public int savePdf(Chronology chronology, Path file) throws IOException {
            if (fail) {
                throw new IOException("disk full");
            }
            saved.add(chronology);
            return 2;
        }
    }
}
