package org.hardshipbinder.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.hardshipbinder.checks.contradiction.BirthDateConflictCheck;
import org.hardshipbinder.checks.contradiction.ChronologyCheck;
import org.hardshipbinder.checks.contradiction.IdNumberConflictCheck;
import org.hardshipbinder.checks.contradiction.IncomeConflictCheck;
import org.hardshipbinder.checks.contradiction.MarriageDateConflictCheck;
import org.hardshipbinder.checks.contradiction.NameVariantCheck;
import org.hardshipbinder.i18n.Messages;
import org.hardshipbinder.model.Finding;
import org.hardshipbinder.model.Role;
import org.hardshipbinder.model.Severity;
import org.junit.jupiter.api.Test;

class ContradictionChecksTest {

    private final FindingFormatter english = new FindingFormatter(new Messages(Locale.ENGLISH));

    private Evidence couple() {
        Evidence e = Evidence.waiver();
        e.person("Juan Pérez Ramírez", Role.APPLICANT, null, LocalDate.of(1985, 3, 5));
        e.person("María López García", Role.QR, "spouse", LocalDate.of(1987, 11, 20));
        return e;
    }

    @Test
    void aBirthDateThatDiffersFromTheProfileIsAnError() {
        Evidence e = couple();
        e.doc("RE: María López García, DOB 11/02/1987\nShe has been my patient since 2019.");
        List<Finding> found = e.run(new BirthDateConflictCheck());
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("DOB_CONFLICT");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.people()).containsExactly(2L);
            assertThat(english.format(f.message())).contains("1987-11-20", "1987-11-02");
        });
    }

    @Test
    void theSameBirthDateWrittenInEveryFormatAgrees() {
        Evidence e = couple();
        e.doc("Nombre: JUAN PEREZ RAMIREZ\nFecha de nacimiento: 5 de marzo de 1985").language("es");
        e.doc("Name: Juan Pérez Ramírez\nDate of birth: March 5, 1985");
        e.doc("Juan Pérez Ramírez, DOB: 03/05/1985");
        e.doc("Nombre: Juan Pérez Ramírez. Fecha de nacimiento: 05/03/1985").language("es");
        assertThat(e.run(new BirthDateConflictCheck())).isEmpty();
    }

    @Test
    void aRelativesBirthDateIsNotThePersonsOwn() {
        Evidence e = couple();
        e.doc("I, María López García, declare that my son was born on April 2, 2015.");
        e.doc("Juan Pérez Ramírez and his daughter, born June 1, 2018, live in Chicago.");
        assertThat(e.run(new BirthDateConflictCheck())).isEmpty();
    }

    @Test
    void differentMarriageDatesAreAnError() {
        Evidence e = couple();
        e.doc("Contrayente: JUAN PÉREZ RAMÍREZ\nContrayente: MARÍA LÓPEZ GARCÍA\nFecha de celebración del matrimonio: 12 de junio de 2015").language("es");
        e.doc("I, María López García, declare: I married Juan Pérez Ramírez on June 21, 2015 in Chicago.");
        assertThat(e.run(new MarriageDateConflictCheck())).extracting(Finding::code).containsExactly("MARRIAGE_DATE_CONFLICT");
    }

    @Test
    void anEarlierMarriageOrTheParentsMarriageIsNotAConflict() {
        Evidence e = couple();
        e.doc("I married Juan Pérez Ramírez on June 12, 2015.");
        e.doc("Before that, I was divorced from my previous husband, whom I married on May 3, 2005.");
        e.doc("My parents were married on May 1, 1980.");
        assertThat(e.run(new MarriageDateConflictCheck())).isEmpty();
    }

    @Test
    void anANumberWithOneDigitChangedIsAConflict() {
        Evidence e = couple();
        e.doc("Applicant: Juan Pérez Ramírez, A-Number: A-201-555-123");
        e.doc("Re: JUAN PEREZ RAMIREZ A201-535-123");
        assertThat(e.run(new IdNumberConflictCheck())).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("ID_NUMBER_CONFLICT");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Test
    void onePersonWithTwoANumbersIsAConflict() {
        Evidence e = couple();
        e.doc("Juan Pérez Ramírez, A# 201555123");
        e.doc("Juan Pérez Ramírez, A# 098765432");
        assertThat(e.run(new IdNumberConflictCheck())).extracting(Finding::code).containsExactly("ID_NUMBER_CONFLICT");
    }

    @Test
    void familyMembersWithConsecutiveOrDifferentNumbersAreNotAConflict() {
        Evidence e = couple();
        e.doc("Juan Pérez Ramírez, A-201-555-123");
        e.doc("María López García, A-201-555-124");
        e.doc("I-130 receipt: IOE0912345678. I-601A receipt: IOE0998765432. I-765 receipt: MSC2190123456.");
        assertThat(e.run(new IdNumberConflictCheck())).isEmpty();
    }

    @Test
    void aReceiptNumberWithTwoDigitsSwappedIsAConflict() {
        Evidence e = couple();
        e.doc("I-601A receipt number: IOE0912345678");
        e.doc("Receipt Number IOE0912354678");
        assertThat(e.run(new IdNumberConflictCheck())).extracting(Finding::code).containsExactly("ID_NUMBER_CONFLICT");
    }

    @Test
    void accentOnlyAndSecondSurnameDifferencesAreTheSamePersonNotTypos() {
        Evidence e = couple();
        e.doc("My wife Maria Lopez needs care. Juan Perez Ramirez works hard. LOPEZ GARCIA, MARIA; J. Pérez Ramírez.");
        assertThat(e.run(new NameVariantCheck())).isEmpty();
    }

    @Test
    void aChangedLetterIsALikelyTypoWarning() {
        Evidence e = couple();
        e.doc("Patient: María Lopes García");
        assertThat(e.run(new NameVariantCheck())).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(english.format(f.message())).contains("María Lopes García", "likely a typo");
        });
    }

    @Test
    void exactNamesAndOtherFamilyMembersAreNotVariants() {
        Evidence e = couple();
        e.doc("María López García lives with Juan Pérez Ramírez. Her sister Marta López García visits.");
        assertThat(e.run(new NameVariantCheck())).isEmpty();
    }

    @Test
    void theSameIncomeMonthlyAndYearlyAgrees() {
        Evidence e = couple();
        e.doc("Juan Pérez Ramírez earns $2,500 per month.");
        e.doc("Juan Pérez Ramírez gana $30,000 al año.").language("es");
        e.doc("Juan Pérez Ramírez, salario: 2.500 dólares mensuales").language("es");
        assertThat(e.run(new IncomeConflictCheck())).isEmpty();
    }

    @Test
    void differentIncomesForThePersonAreAWarning() {
        Evidence e = couple();
        e.doc("Juan Pérez Ramírez earns $2,500 per month.");
        e.doc("My husband Juan Pérez earns about $45,000 a year.");
        assertThat(e.run(new IncomeConflictCheck())).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("AMOUNT_CONFLICT");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(english.format(f.message())).contains("$2,500 a month", "$45,000 a year");
        });
    }

    @Test
    void anIncomeInTheNextSentenceAboutThePersonCounts() {
        Evidence e = couple();
        e.doc("Juan Pérez Ramírez works for us as a line cook. He earns $2,500 per month.");
        e.doc("Juan Pérez Ramírez is a valued employee. His salary is $52,000 per year.");
        assertThat(e.run(new IncomeConflictCheck())).extracting(Finding::code).containsExactly("AMOUNT_CONFLICT");
    }

    @Test
    void rentAndOtherPeoplesIncomeAreNotTheIncome() {
        Evidence e = couple();
        e.doc("Juan Pérez Ramírez earns $2,500 per month.");
        e.doc("Juan Pérez Ramírez pays rent of $1,800 per month. His brother earns $5,000 per month.");
        assertThat(e.run(new IncomeConflictCheck())).isEmpty();
    }

    @Test
    void aDocumentDatedInTheFutureIsAChronologyWarning() {
        Evidence e = couple();
        e.doc("Chicago, Illinois\nAugust 3, 2027\n\nTo whom it may concern:");
        assertThat(e.run(new ChronologyCheck())).extracting(Finding::code).containsExactly("CHRONOLOGY");
    }

    @Test
    void anEventBeforeThePersonsBirthIsAChronologyWarning() {
        Evidence e = couple();
        e.doc("Date: May 1, 2026\nMaría López García was diagnosed with lupus on March 3, 1980.");
        assertThat(e.run(new ChronologyCheck())).singleElement().satisfies(f -> assertThat(f.people()).containsExactly(2L));
    }

    @Test
    void aLetterTellingOfEventsAfterItsOwnDateIsAChronologyWarning() {
        Evidence e = couple();
        e.doc("Date: May 1, 2020\nMaría López García was diagnosed with lupus on March 3, 2022.");
        assertThat(e.run(new ChronologyCheck())).extracting(Finding::code).containsExactly("CHRONOLOGY");
    }

    @Test
    void scheduledAppointmentsAfterTheLetterAreNormal() {
        Evidence e = couple();
        e.doc("Date: May 1, 2026\nMaría López García was diagnosed with lupus on March 3, 2021. Her next appointment is on June 30, 2026.");
        assertThat(e.run(new ChronologyCheck())).isEmpty();
    }

}
