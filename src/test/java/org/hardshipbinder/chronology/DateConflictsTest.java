package org.hardshipbinder.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.hardshipbinder.i18n.Messages;
import org.hardshipbinder.model.DatePrecision;
import org.hardshipbinder.model.FactKind;
import org.hardshipbinder.model.ImmigrationStatus;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Role;
import org.junit.jupiter.api.Test;

/** Which dates disagree: one birth per person, one marriage per couple, and ambiguous dates read both ways. */
class DateConflictsTest {

    private static final Person APPLICANT = new Person(1, 1, "Ramiro Ostos", Role.APPLICANT, null, ImmigrationStatus.OTHER, null);
    private static final Person WIFE = new Person(2, 1, "Celia Ostos", Role.QR, "esposa", ImmigrationStatus.USC, null);
    private static final Person MOTHER = new Person(3, 1, "Amparo Ostos", Role.OTHER, "mother", ImmigrationStatus.OTHER, null);
    private static final List<Person> PEOPLE = List.of(APPLICANT, WIFE, MOTHER);

    @Test
    void anAmbiguousDateAgreesWithEitherReading() {
        List<ChronologyEvent> events = List.of(event(FactKind.BIRTH_DATE, 2, LocalDate.of(1990, 4, 5), LocalDate.of(1990, 5, 4), 10),
                event(FactKind.BIRTH_DATE, 2, LocalDate.of(1990, 5, 4), null, 11));
        assertThat(DateConflicts.find(events, PEOPLE)).isEmpty();
    }

    @Test
    void aDateKnownOnlyToTheMonthAgreesWithAnyDayOfThatMonth() {
        ChronologyEvent month = withPrecision(event(FactKind.MARRIAGE_DATE, 1, LocalDate.of(2012, 3, 1), null, 10), DatePrecision.MONTH);
        ChronologyEvent day = event(FactKind.MARRIAGE_DATE, 2, LocalDate.of(2012, 3, 24), null, 11);
        ChronologyEvent other = event(FactKind.MARRIAGE_DATE, 2, LocalDate.of(2012, 5, 24), null, 12);
        assertThat(DateConflicts.find(List.of(month, day), PEOPLE)).isEmpty();
        assertThat(DateConflicts.find(List.of(month, day, other), PEOPLE)).singleElement().satisfies(c -> {
            assertThat(c.readings().get(0).shown()).as("the day is shown rather than the month").isEqualTo(day);
            assertThat(c.readings().get(0).date()).isEqualTo(LocalDate.of(2012, 3, 24));
        });
        ChronologyText english = new ChronologyText(new Messages(Locale.ENGLISH));
        assertThat(english.date(month)).isEqualTo("March 2012");
        assertThat(new ChronologyText(new Messages(Messages.SPANISH)).date(month)).isEqualTo("marzo de 2012");
        assertThat(ChronologyText.isoDate(month.date(), DatePrecision.MONTH)).isEqualTo("2012-03");
        assertThat(ChronologyText.isoDate(month.date(), DatePrecision.YEAR)).isEqualTo("2012");
    }

    @Test
    void theApplicantAndTheSpouseShareOneMarriage() {
        List<ChronologyEvent> events = List.of(event(FactKind.MARRIAGE_DATE, 1, LocalDate.of(2012, 3, 1), null, 10),
                event(FactKind.MARRIAGE_DATE, 2, LocalDate.of(2012, 5, 1), null, 11),
                event(FactKind.MARRIAGE_DATE, null, LocalDate.of(2012, 3, 1), null, 12),
                event(FactKind.MARRIAGE_DATE, 3, LocalDate.of(1965, 1, 9), null, 13));
        assertThat(DateConflicts.find(events, PEOPLE)).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(FactKind.MARRIAGE_DATE);
            assertThat(c.personId()).isNull();
            assertThat(c.readings()).extracting(r -> r.events().size()).containsExactly(2, 1);
        });
    }

    @Test
    void eventsThatHappenManyTimesNeverDisagree() {
        List<ChronologyEvent> events = List.of(event(FactKind.DIAGNOSIS_DATE, 2, LocalDate.of(2020, 1, 1), null, 10),
                event(FactKind.DIAGNOSIS_DATE, 2, LocalDate.of(2022, 1, 1), null, 11),
                event(FactKind.ENTRY_DATE, 1, LocalDate.of(2005, 1, 1), null, 12),
                event(FactKind.ENTRY_DATE, 1, LocalDate.of(2009, 1, 1), null, 13),
                event(FactKind.BIRTH_DATE, null, LocalDate.of(1970, 1, 1), null, 14),
                event(FactKind.BIRTH_DATE, null, LocalDate.of(1980, 1, 1), null, 15));
        assertThat(DateConflicts.find(events, PEOPLE)).isEmpty();
    }

    @Test
    void twoBirthDatesOfOnePersonDisagreeOldestFirst() {
        List<ChronologyEvent> events = List.of(event(FactKind.BIRTH_DATE, 3, LocalDate.of(1961, 2, 2), null, 10),
                event(FactKind.BIRTH_DATE, 3, LocalDate.of(1951, 2, 2), null, 11));
        assertThat(DateConflicts.find(events, PEOPLE)).singleElement().satisfies(c -> {
            assertThat(c.person()).isEqualTo("Amparo Ostos");
            assertThat(c.readings()).extracting(DateConflict.Reading::date)
                    .containsExactly(LocalDate.of(1951, 2, 2), LocalDate.of(1961, 2, 2));
        });
    }

    private static ChronologyEvent withPrecision(ChronologyEvent e, DatePrecision precision) {
        return new ChronologyEvent(e.date(), e.alternativeDate(), e.approximate(), e.kind(), e.personId(), e.person(),
                e.documentId(), e.document(), e.page(), e.text(), e.start(), e.end(), e.context(), e.origin(), precision);
    }

    static ChronologyEvent event(FactKind kind, Integer person, LocalDate date, LocalDate alternative, long document) {
        Long personId = person == null ? null : person.longValue();
        String name = PEOPLE.stream().filter(p -> personId != null && p.id() == personId).map(Person::name).findFirst().orElse(null);
        return new ChronologyEvent(date, alternative, false, kind, personId, name, document, "Doc " + document, 1,
                date.toString(), 0, 10, null, ChronologyEvent.Origin.TEXT);
    }
}
