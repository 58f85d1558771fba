package org.hardshipbinder.factors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.hardshipbinder.factors.OwnDateFinder.OwnDate;
import org.hardshipbinder.factors.OwnDateFinder.Reason;
import org.junit.jupiter.api.Test;

/** The document's own date against the dates it mentions, on fictional documents of each usual kind. */
class OwnDateFinderTest {

    private final OwnDateFinder finder = new OwnDateFinder(new DateDetector());

    private Optional<OwnDate> find(String... lines) {
        return finder.find(String.join("\n", lines));
    }

    @Test
    void aDeclarationIsDatedWhenSignedNotByTheEventsItTells() {
        Optional<OwnDate> d = find("DECLARATION OF ROSALBA QUINTERO VEGA",
                "1. I was born on April 2, 1988 in Ciudad Esmeralda.",
                "2. My husband came to this country on June 14, 2009 and we married on 03/21/2015.",
                "3. On January 5, 2024 my mother had a stroke.",
                "I declare under penalty of perjury that the foregoing is true and correct.",
                "Executed on the 4th day of November, 2025 at Lindale, Ohio.",
                "Rosalba Quintero Vega");
        assertThat(d).get().extracting(OwnDate::date, OwnDate::reason)
                .containsExactly(LocalDate.of(2025, 11, 4), Reason.SIGNED);
    }

    @Test
    void aDeclarationWithABlankDateLineIsUndated() {
        assertThat(find("STATEMENT OF TOMAS ARRIETA",
                "I came to the United States on July 3, 2001. My daughter was born on 05/06/2010.",
                "Since March 2, 2022 I have needed dialysis three times a week.",
                "I declare under penalty of perjury that this is true.",
                "Signature: ______________", "Date:")).isEmpty();
    }

    @Test
    void aLetterIsDatedByItsHeadingAndNotByTheAppointmentsItAnnounces() {
        Optional<OwnDate> d = find("Riverside Kidney Clinic", "400 Elm Road, Lindale, OH 44000", "", "February 11, 2026", "",
                "To whom it may concern:", "Mr. Arrieta has been my patient since 03/02/2022.",
                "His next appointment is scheduled for April 30, 2027.", "Sincerely,", "Dr. Paula Venn");
        assertThat(d).get().extracting(OwnDate::date, OwnDate::reason)
                .containsExactly(LocalDate.of(2026, 2, 11), Reason.LETTER_DATE);
    }

    @Test
    void aTranslationIsDatedByItsCertificate() {
        Optional<OwnDate> d = find("[Translation from Spanish]", "CERTIFICATE OF BIRTH", "Name: Lucas Ferro Idiaquez",
                "Date of birth: March 9, 2012", "Issued on the twentieth day of May of the year two thousand twenty-five.",
                "", "CERTIFICATE OF TRANSLATION",
                "I, Ada Pereyra, certify that I am competent to translate from Spanish into English and that the",
                "above is a complete and accurate translation of the attached document.", "Date: June 2, 2025");
        assertThat(d).get().extracting(OwnDate::date, OwnDate::reason)
                .containsExactly(LocalDate.of(2025, 6, 2), Reason.TRANSLATION_CERTIFICATE);
    }

    @Test
    void aTranslationWhoseCertificateHasNoDateCarriesItsOriginalsDate() {
        Optional<OwnDate> d = find("Translation", "CERTIFICATE OF MARRIAGE", "Date of marriage: 11/30/2019",
                "Issued on January 8, 2025.", "", "TRANSLATOR'S CERTIFICATION",
                "I certify that I am competent to translate from Spanish into English and that this translation is",
                "complete and accurate.", "Ada Pereyra, 12 Oak St., Lindale, OH");
        assertThat(d).get().extracting(OwnDate::date, OwnDate::reason)
                .containsExactly(LocalDate.of(2025, 1, 8), Reason.ISSUED);
    }

    @Test
    void aSpanishRecordWrittenOutInWordsAcrossLinesIsDatedByItsIssue() {
        Optional<OwnDate> d = find("REGISTRO CIVIL DE VILLA SERENA", "CONSTANCIA",
                "Nombre: Marisol Dávila Funes", "Fecha de nacimiento: 23/04/1979",
                "Y para los fines que convengan se extiende la presente a los tres días del mes de febrero del año dos",
                "mil veinticinco.", "(Sello)");
        assertThat(d).get().extracting(OwnDate::date, OwnDate::reason)
                .containsExactly(LocalDate.of(2025, 2, 3), Reason.ISSUED);
    }

    @Test
    void aPortugueseDateInWordsIsRead() {
        Optional<OwnDate> d = find("CERTIDÃO", "Nascido aos quatro de maio de mil novecentos e oitenta.",
                "Data de emissão: doze de março de dois mil e vinte e quatro");
        assertThat(d).get().extracting(OwnDate::date).isEqualTo(LocalDate.of(2024, 3, 12));
    }

    @Test
    void aW2IsDatedTheLastDayOfItsTaxYear() {
        Optional<OwnDate> d = find("Form W-2 Wage and Tax Statement 2024", "a Employee's SSN XXX-XX-1234",
                "1 Wages, tips, other compensation 31,204.50", "Printed 01/20/2025");
        assertThat(d).get().extracting(OwnDate::date, OwnDate::reason)
                .containsExactly(LocalDate.of(2024, 12, 31), Reason.TAX_YEAR);
    }

    @Test
    void aBankStatementIsDatedTheEndOfItsPeriod() {
        Optional<OwnDate> d = find("LINDALE COMMUNITY CREDIT UNION", "Statement period: 05/01/2026 - 05/31/2026",
                "05/03/2026 Deposit PAYROLL 812.00", "05/17/2026 Deposit PAYROLL 812.00");
        assertThat(d).get().extracting(OwnDate::date, OwnDate::reason)
                .containsExactly(LocalDate.of(2026, 5, 31), Reason.PERIOD_END);
    }

    @Test
    void twoPayStubsOnAPageAreDatedByTheLaterPayDate() {
        Optional<OwnDate> d = find("EARNINGS STATEMENT", "Pay period: 03/01/2026 - 03/14/2026   Pay date: 03/20/2026",
                "Gross pay 1,020.00", "EARNINGS STATEMENT", "Pay period: 03/15/2026 - 03/28/2026   Pay date: 04/03/2026");
        assertThat(d).get().extracting(OwnDate::date, OwnDate::reason)
                .containsExactly(LocalDate.of(2026, 4, 3), Reason.ISSUED);
    }

    @Test
    void aReportLabelsItsOwnDateAmongOtherLabelledDates() {
        Optional<OwnDate> d = find("PSYCHOLOGICAL EVALUATION", "Client: Nadia Sorel", "Date of birth: 02/14/1990",
                "Dates of interviews: 08/01/2026 and 08/05/2026", "Date of report: August 19, 2026",
                "Records reviewed: letter of Dr. Venn dated 07/30/2026.");
        assertThat(d).get().extracting(OwnDate::date).isEqualTo(LocalDate.of(2026, 8, 19));
    }

    @Test
    void aBirthDateAloneIsNeverTheDocumentsDate() {
        assertThat(find("Patient: Nadia Sorel", "DOB: 02/14/1990")).isEmpty();
    }
}
