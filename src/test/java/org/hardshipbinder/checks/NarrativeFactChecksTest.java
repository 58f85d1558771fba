package org.hardshipbinder.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.hardshipbinder.checks.contradiction.BirthDateConflictCheck;
import org.hardshipbinder.checks.contradiction.IdNumberConflictCheck;
import org.hardshipbinder.checks.contradiction.IncomeConflictCheck;
import org.hardshipbinder.checks.contradiction.MarriageDateConflictCheck;
import org.hardshipbinder.checks.contradiction.NameVariantCheck;
import org.hardshipbinder.i18n.Messages;
import org.hardshipbinder.model.Finding;
import org.hardshipbinder.model.Role;
import org.junit.jupiter.api.Test;

/**
 * The contradiction checks on facts as families and offices really write them: first-person declarations, letters
 * about a patient or an employee, certificates and pay forms. Fictional people throughout.
 */
class NarrativeFactChecksTest {

    private final FindingFormatter english = new FindingFormatter(new Messages(Locale.ENGLISH));

    private Evidence family() {
        Evidence e = Evidence.waiver();
        e.person("Tomás Ibarra Quintero", Role.APPLICANT, "self", LocalDate.of(1988, 1, 30));
        e.person("Noemí Salas Ferrer", Role.QR, "spouse", LocalDate.of(1990, 7, 12));
        e.person("Gael Ibarra Salas", Role.CHILD, "son", LocalDate.of(2016, 3, 9));
        e.person("Rufina Ferrer Oquendo", Role.OTHER, "mother-in-law", null);
        return e;
    }

    @Test
    void anAgeInALetterThatDoesNotFitTheBirthDateIsAConflict() {
        Evidence e = family();
        e.doc("Mercy Plains Pediatrics\n\nMay 4, 2026\n\nRe: Gael Ibarra Salas\n\n"
                + "Gael is a 6-year-old boy whom I have followed since infancy. He has severe asthma.");
        List<Finding> found = e.run(new BirthDateConflictCheck());
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("DOB_CONFLICT");
            assertThat(english.format(f.message())).contains("Gael Ibarra Salas", "2016-03-09", "age 6");
        });
    }

    @Test
    void agesThatFitTheirOwnDateRaiseNothing() {
        Evidence e = family();
        e.doc("Mercy Plains Pediatrics\n\nMay 4, 2026\n\nRe: Gael Ibarra Salas\n\nGael is a 10-year-old boy with severe asthma.");
        e.doc("ACTA DE MATRIMONIO\nEl contrayente TOMÁS IBARRA QUINTERO, de 30 años de edad, y la contrayente NOEMÍ SALAS FERRER, "
                + "de 27 años de edad.\nFecha de celebración: 14/02/2018\nExpedida el 3 de marzo de 2026").language("es");
        e.doc("I, Noemí Salas Ferrer, declare:\n\nOur son was two years old when his father left. I am thirty-five.\n\n"
                + "Signed on April 2, 2026.");
        assertThat(e.run(new BirthDateConflictCheck())).isEmpty();
    }

    @Test
    void aPastAgeHoldsOnItsOwnSentencesDate() {
        Evidence e = family();
        e.doc("I, Noemí Salas Ferrer, declare:\n\nTomás came to the United States in June 2008, when he was twenty.\n\nSigned on April 2, 2026.");
        assertThat(e.run(new BirthDateConflictCheck())).isEmpty();
        Evidence wrong = family();
        wrong.doc("I, Noemí Salas Ferrer, declare:\n\nTomás came to the United States in June 2008, when he was twenty-six.\n\nSigned on April 2, 2026.");
        assertThat(wrong.run(new BirthDateConflictCheck())).extracting(Finding::code).containsExactly("DOB_CONFLICT");
    }

    @Test
    void aBirthDateWrittenOutInADeclarationIsCompared() {
        Evidence e = family();
        e.doc("I, Noemí Salas Ferrer, declare as follows:\n\n1. I was born on the twelfth of July, 1991, in Yuma, Arizona.");
        assertThat(e.run(new BirthDateConflictCheck())).extracting(Finding::code).containsExactly("DOB_CONFLICT");
        Evidence agrees = family();
        agrees.doc("I, Noemí Salas Ferrer, declare as follows:\n\n1. I was born on the twelfth of July, 1990, in Yuma, Arizona.");
        agrees.doc("Fecha de nacimiento: 12/07/1990\nNombre: NOEMÍ SALAS FERRER").language("es");
        assertThat(agrees.run(new BirthDateConflictCheck())).isEmpty();
    }

    @Test
    void aParentAndAChildWithTheSameSurnameAreNeverOnePerson() {
        Evidence e = family();
        e.doc("To whom it may concern:\n\nMr. Ibarra brings his son to every visit. Gael Ibarra Salas, DOB 03/09/2016, "
                + "is in first grade. Tomás Ibarra Quintero, DOB 01/30/1988, works nights.");
        e.doc("Student: IBARRA SALAS, GAEL\nDate of birth: 03/09/2016");
        assertThat(e.run(new BirthDateConflictCheck())).isEmpty();
    }

    @Test
    void theMarriageDateOfADeclarationIsComparedWithTheCertificateAcrossALineBreak() {
        Evidence e = family();
        e.doc("REGISTRO CIVIL\nACTA DE MATRIMONIO\nContrayentes: TOMÁS IBARRA QUINTERO y NOEMÍ SALAS FERRER\n"
                + "Fecha de celebración: 14/02/2018\nFecha de inscripción: 20/02/2018").language("es");
        e.doc("I, Noemí Salas Ferrer, declare:\n\n3. After two years together in Phoenix, Arizona, we were married in the town of\n"
                + "Santa Rosalía on April 14, 2018, in front of both our families and the judge.");
        List<Finding> found = e.run(new MarriageDateConflictCheck());
        assertThat(found).singleElement().satisfies(f -> assertThat(english.format(f.message())).contains("2018-02-14", "2018-04-14"));
    }

    @Test
    void aMarriageDateWrittenInWordsAgreesWithItsTranslation() {
        Evidence e = family();
        e.doc("ACTA DE MATRIMONIO\nen la ciudad de Santa Rosalía, a los catorce días del mes de febrero del año dos mil dieciocho, "
                + "contrajeron matrimonio.\nFecha de celebración: 14/02/2018").language("es");
        e.doc("MARRIAGE CERTIFICATE (translation)\nDate of celebration: February 14, 2018");
        e.doc("I, Noemí Salas Ferrer, declare: we were married on February 14, 2018.");
        assertThat(e.run(new MarriageDateConflictCheck())).isEmpty();
    }

    @Test
    void aYearlyIncomeClaimIsComparedWithPayStubsAndW2() {
        Evidence e = family();
        e.doc("I, Noemí Salas Ferrer, declare:\n\n6. I work as a cashier and I earn about $52,000 a year.");
        e.doc("DESERT BLOOM MARKET\nEARNINGS STATEMENT\nEmployee: NOEMI SALAS FERRER\nPay frequency: Biweekly\n"
                + "Pay period: 03/01/2026 - 03/14/2026\nGROSS PAY 1,232.00   NET PAY 1,010.55");
        e.doc("Form W-2 Wage and Tax Statement 2025\ne Employee's first name and initial, last name\nNOEMI SALAS FERRER\n"
                + "1 Wages, tips, other compensation 31,450.00");
        List<Finding> found = e.run(new IncomeConflictCheck());
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("AMOUNT_CONFLICT");
            assertThat(english.format(f.message())).contains("$52,000", "$32,032");
        });
    }

    @Test
    void incomesThatAgreeAfterTheirPeriodsRaiseNothing() {
        Evidence e = family();
        e.doc("I, Noemí Salas Ferrer, declare: I earn $16.00 an hour and work 40 hours a week.");
        e.doc("Re: Noemí Salas Ferrer\n\nMs. Salas's annual salary is $33,280.00, paid every two weeks.");
        e.doc("DESERT BLOOM MARKET\nEmployee: NOEMI SALAS FERRER\nPay period: 03/01/2026 - 03/14/2026\nGross pay: $1,280.00");
        assertThat(e.run(new IncomeConflictCheck())).isEmpty();
    }

    @Test
    void anEmployerLetterAboutMsSurnameIsThatPersonsIncome() {
        Evidence e = Evidence.of(org.hardshipbinder.model.CaseKind.PAROLE);
        e.person("Liliya Hnatiuk", Role.BENEFICIARY, "self", LocalDate.of(2015, 5, 5));
        e.person("Oksana Derkach", Role.SPONSOR, "aunt", LocalDate.of(1980, 1, 2));
        e.person("Petro Derkach", Role.OTHER, "sponsor's husband", null);
        e.doc("I, Oksana Derkach, declare: I earn $1,600 a week before taxes.");
        e.doc("Re: Employment verification - Oksana Derkach\n\nThis letter confirms her employment.\n\n"
                + "Ms. Derkach's current annual base salary is $61,000.00.");
        assertThat(e.run(new IncomeConflictCheck())).extracting(Finding::code).containsExactly("AMOUNT_CONFLICT");
    }

    @Test
    void aMisspelledSurnameBesideAnInitialIsALikelyTypo() {
        Evidence e = family();
        e.doc("SUNRISE CREDIT UNION\nMember: NOEMI S FERREL\nStatement period 10/01/2026 - 10/31/2026");
        e.doc("Employee: NOEMI S FERRER");
        assertThat(e.run(new NameVariantCheck())).singleElement().satisfies(f ->
                assertThat(english.format(f.message())).contains("NOEMI S FERREL", "likely a typo"));
    }

    @Test
    void anANumberWrittenWithOrWithoutItsLetterAndLeadingZeroIsOneNumber() {
        Evidence e = family();
        e.doc("Tomás Ibarra Quintero (A 045 118 902)");
        e.doc("Beneficiary: Tomás Ibarra Quintero A045118902");
        e.doc("Patient: Tomás Ibarra Quintero, USCIS# 45118902");
        assertThat(e.run(new IdNumberConflictCheck())).isEmpty();
        e.doc("my husband, Tomás Ibarra Quintero (A-045-118-962), lives in Sonora");
        assertThat(e.run(new IdNumberConflictCheck())).extracting(Finding::code).containsExactly("ID_NUMBER_CONFLICT");
    }
}
