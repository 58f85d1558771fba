package org.hardshipbinder.factors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.hardshipbinder.i18n.Messages;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Role;
import org.junit.jupiter.api.Test;

/** Exhibit-index titles, translation signs and translation pairing on fictional documents. */
class TitleAndTranslationTest {

    private static final Person ROSA = new Person(1, 1, "Rosa Imelda Cáceres Pineda", Role.QR, "spouse", null, null);

    @Test
    void aCertificateIsTitledByKindPersonIssuerDateAndLanguageInTheUsersLanguage() {
        var described = new TitleSuggester.Described("birth_certificate", "Birth certificate", false, false, List.of(ROSA),
                "Registro Civil de Villa Serena", LocalDate.of(2025, 2, 3), "es");
        assertThat(new TitleSuggester(Locale.ENGLISH).title(described))
                .isEqualTo("Birth certificate of Rosa Imelda Cáceres Pineda (Registro Civil de Villa Serena), February 3, 2025, in Spanish");
        var enEspañol = new TitleSuggester.Described("birth_certificate", "Acta de nacimiento", false, false, List.of(ROSA),
                null, LocalDate.of(2025, 2, 3), null);
        assertThat(new TitleSuggester(Messages.SPANISH).title(enEspañol))
                .isEqualTo("Acta de nacimiento de Rosa Imelda Cáceres Pineda, 3 de febrero de 2025");
    }

    @Test
    void aDeclarationIsTitledByItsDeclarantAndATranslationByWhatItTranslates() {
        TitleSuggester titles = new TitleSuggester(Locale.ENGLISH);
        assertThat(titles.title(new TitleSuggester.Described("declaration", "Declaration", false, true, List.of(ROSA),
                "Somewhere", LocalDate.of(2026, 1, 5), null))).isEqualTo("Declaration of Rosa Imelda Cáceres Pineda, January 5, 2026");
        assertThat(titles.title(new TitleSuggester.Described("marriage_certificate", "Marriage certificate", true, false,
                List.of(ROSA), null, null, null))).isEqualTo("English translation of the marriage certificate of Rosa Imelda Cáceres Pineda");
    }

    @Test
    void theIssuerIsTheFirstHeadingLineThatNamesAnOfficeNotTheStateADateOrTheTitle() {
        assertThat(TitleSuggester.issuer("REPÚBLICA DE COSTA DORADA\nREGISTRO CIVIL MUNICIPAL DE VILLA SERENA\nACTA DE NACIMIENTO\n",
                "acta de nacimiento")).isEqualTo("Registro Civil Municipal de Villa Serena");
        assertThat(TitleSuggester.issuer("March 3, 2026\n120 Oak Street\nLINDALE KIDNEY CLINIC, P.A.\n", "physician"))
                .isEqualTo("Lindale Kidney Clinic, P.A.");
    }

    @Test
    void aTranslationSaysSoAndNamesItsSourceLanguage() {
        String cert = "I certify that I am competent to translate from Ukrainian into English and that this is complete.";
        assertThat(TranslationSigns.isTranslation("Medical extract\nPatient: X\n" + cert)).isTrue();
        assertThat(TranslationSigns.sourceLanguage(cert)).contains("uk");
        assertThat(TranslationSigns.sourceLanguage("(English version of the letter in Portuguese)")).contains("pt");
        assertThat(TranslationSigns.isTranslation("Dear officer,\nMy wife needs dialysis three times a week.")).isFalse();
        assertThat(TranslationSigns.sourceLanguage("I am fluent in English.")).isEmpty();
    }

    @Test
    void aTranslationIsPairedWithTheOriginalSharingItsDatesAndNumbersNotWithAnotherForeignDocument() {
        var original = new TranslationPairer.Text(1, "ACTA DE NACIMIENTO\nNombre: Rosa Cáceres\nFecha: 17/09/1991\n"
                + "Registro No. 0456-1991-00231", "es");
        var other = new TranslationPairer.Text(2, "CONSTANCIA\nLa paciente Rosa Cáceres recibe diálisis desde 03/02/2020.", "es");
        var translation = new TranslationPairer.Text(3, "BIRTH CERTIFICATE\nName: Rosa Cáceres\nDate: September 17, 1991\n"
                + "Record No. 0456-1991-00231\nI certify that I am competent to translate from Spanish into English.", "en");
        var english = new TranslationPairer.Text(4, "Letter\nRosa Cáceres was seen on 03/02/2020.", "en");
        List<TranslationPairer.Pair> pairs = new TranslationPairer().pair(List.of(original, other, translation, english));
        assertThat(pairs).singleElement().satisfies(p -> {
            assertThat(p.translation()).isEqualTo(3);
            assertThat(p.original()).isEqualTo(1);
            assertThat(p.namedLanguage()).contains("es");
        });
    }
}
