package org.hardshipbinder.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.hardshipbinder.checks.translation.CertificateElement;
import org.hardshipbinder.checks.translation.CertificateReader;
import org.hardshipbinder.checks.translation.TranslationCertificateCheck;
import org.hardshipbinder.checks.translation.TranslationCompletenessCheck;
import org.hardshipbinder.checks.translation.TranslationLanguageCheck;
import org.hardshipbinder.checks.translation.TranslationMissingCheck;
import org.hardshipbinder.checks.translation.TranslationPairingCheck;
import org.hardshipbinder.checks.translation.TranslatorIsPartyCheck;
import org.hardshipbinder.i18n.Messages;
import org.hardshipbinder.model.Finding;
import org.hardshipbinder.model.Role;
import org.hardshipbinder.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TranslationChecksTest {

    private static final String ACTA = """
            ACTA DE NACIMIENTO
            Número de acta: 48213
            Nombre: JUAN PÉREZ RAMÍREZ
            Fecha de nacimiento: 5 de marzo de 1985
            Padre: José Pérez Soto
            Fecha de registro: 20 de marzo de 1985""";
    private static final String TRANSLATION = """
            BIRTH CERTIFICATE
            Certificate number: 48213
            Name: JUAN PÉREZ RAMÍREZ
            Date of birth: March 5, 1985
            Father: José Pérez Soto
            Date of registration: March 20, 1985""";
    private static final String CERTIFICATE = """
            CERTIFICATE OF TRANSLATION
            I, Laura Bennett, certify that I am competent to translate from Spanish into English, and that the above translation is complete and accurate to the best of my knowledge and ability.
            Signature: ____________________
            Address: 1200 W. Madison Street, Chicago, IL 60602
            Date: May 2, 2026""";

    private final FindingFormatter english = new FindingFormatter(new Messages(Locale.ENGLISH));

    @Test
    void aForeignDocumentWithoutTranslationIsAnError() {
        Evidence e = Evidence.waiver();
        e.doc(ACTA).language("es");
        List<Finding> found = e.run(new TranslationMissingCheck());
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("TRANSLATION_MISSING");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(english.format(f.message())).contains("Spanish");
        });
    }

    @Test
    void translatedEnglishAndUnknownLanguageDocumentsNeedNoTranslation() {
        Evidence e = Evidence.waiver();
        Evidence.Doc acta = e.doc(ACTA).language("es");
        e.doc(TRANSLATION + "\n" + CERTIFICATE).translationOf(acta);
        e.doc("An English letter.").language("en");
        e.doc("#### ~~~").language("und");
        assertThat(e.run(new TranslationMissingCheck())).isEmpty();
    }

    @Test
    void aTranslationMustBeInEnglish() {
        Evidence e = Evidence.waiver();
        Evidence.Doc acta = e.doc(ACTA).language("es");
        e.doc("Acte de naissance").language("fr").translationOf(acta);
        assertThat(e.run(new TranslationLanguageCheck())).extracting(Finding::code).containsExactly("TRANSLATION_NOT_ENGLISH");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            CERTIFICATE,
            """
            Translator's Certification
            I hereby declare that I am fluent in both the English and Spanish languages and that the foregoing is a true, full and correct translation of the original document.
            /s/ Daniel Okafor
            4410 N. Broadway, Chicago, IL 60640
            June 1, 2026""",
            """
            CERTIFICATION BY TRANSLATOR
            I, Grace Whitfield, am competent in both languages, Spanish and English. I certify that this English translation is an accurate and complete rendering of the attached Spanish document.
            Signed: Grace Whitfield
            Date: 06/01/2026
            Address: 77 Elm Street, Springfield, IL 62704""",
            """
            Certificate of Accuracy
            I, Ana Soto, a professional translator fluent in Spanish and English, hereby certify that the preceding translation is a faithful and complete translation of the original, to the best of my ability.
            ______________________
            Ana Soto
            300 Main St., Houston, TX 77002
            Dated: April 4, 2026"""})
    void aProperlyCertifiedTranslationGivesNoFinding(String certificate) {
        Evidence e = Evidence.waiver();
        Evidence.Doc acta = e.doc(ACTA).language("es");
        e.doc(TRANSLATION + "\n\n" + certificate).translationOf(acta);
        assertThat(e.run(new TranslationCertificateCheck())).isEmpty();
        assertThat(CertificateReader.read(TRANSLATION + "\n\n" + certificate).missing()).isEmpty();
    }

    @Test
    void noCertificateAtAllNamesEveryElement() {
        Evidence e = Evidence.waiver();
        Evidence.Doc acta = e.doc(ACTA).language("es");
        e.doc(TRANSLATION).translationOf(acta);
        Finding f = e.run(new TranslationCertificateCheck()).get(0);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(english.format(f.message())).contains("complete", "accurate", "competence", "name", "signature", "date");
    }

    @Test
    void aCertificateWithoutTheCompetenceStatementIsAnErrorNamingOnlyThat() {
        String noCompetence = CERTIFICATE.replace("I am competent to translate from Spanish into English, and that ", "");
        assertThat(CertificateReader.read(TRANSLATION + "\n" + noCompetence).missing()).containsExactly(CertificateElement.COMPETENCE);
        Evidence e = Evidence.waiver();
        Evidence.Doc acta = e.doc(ACTA).language("es");
        e.doc(TRANSLATION + "\n" + noCompetence).translationOf(acta);
        Finding f = e.run(new TranslationCertificateCheck()).get(0);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(english.format(f.message())).contains("competence").doesNotContain("signature");
    }

    @Test
    void aTrueAndCorrectTranslationThatDoesNotSayCompleteIsMissingCompleteness() {
        String certificate = CERTIFICATE.replace("complete and accurate", "true and correct");
        assertThat(CertificateReader.read(certificate).missing()).containsExactly(CertificateElement.COMPLETE);
    }

    @Test
    void missingSignatureAndDateIsAWarningAndAMissingAddressOnlyANote() {
        String unsigned = CERTIFICATE.replace("Signature: ____________________\n", "").replace("Date: May 2, 2026", "");
        assertThat(severity(unsigned)).isEqualTo(Severity.WARNING);
        assertThat(CertificateReader.read(unsigned).missing()).containsExactlyInAnyOrder(CertificateElement.SIGNATURE, CertificateElement.DATE);
        String noAddress = CERTIFICATE.replace("Address: 1200 W. Madison Street, Chicago, IL 60602\n", "");
        assertThat(severity(noAddress)).isEqualTo(Severity.INFO);
    }

    @Test
    void aCertificateFiledAsItsOwnDocumentCounts() {
        Evidence e = Evidence.waiver();
        Evidence.Doc acta = e.doc(ACTA).language("es");
        e.doc(TRANSLATION).translationOf(acta);
        e.doc(CERTIFICATE).translationOf(acta);
        assertThat(e.run(new TranslationCertificateCheck())).isEmpty();
    }

    private static Severity severity(String certificate) {
        Evidence e = Evidence.waiver();
        Evidence.Doc acta = e.doc(ACTA).language("es");
        e.doc(TRANSLATION + "\n" + certificate).translationOf(acta);
        return e.run(new TranslationCertificateCheck()).get(0).severity();
    }

    @Test
    void aFullTranslationIsComplete() {
        Evidence e = Evidence.waiver();
        e.person("Juan Pérez Ramírez", Role.APPLICANT, null, null);
        Evidence.Doc acta = e.doc(ACTA).language("es");
        e.doc(TRANSLATION + "\n" + CERTIFICATE).translationOf(acta);
        assertThat(e.run(new TranslationCompletenessCheck())).isEmpty();
    }

    @Test
    void aTranslationLeavingOutDatesNumbersAndNamesIsIncomplete() {
        Evidence e = Evidence.waiver();
        e.person("Juan Pérez Ramírez", Role.APPLICANT, null, null);
        Evidence.Doc acta = e.doc(ACTA).language("es");
        e.doc("BIRTH CERTIFICATE\nFather: José Pérez Soto\n" + CERTIFICATE).translationOf(acta);
        Finding f = e.run(new TranslationCompletenessCheck()).get(0);
        assertThat(f.code()).isEqualTo("TRANSLATION_INCOMPLETE");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(english.format(f.message())).contains("1985-03-05", "48213", "Juan Pérez Ramírez");
    }

    @Test
    void aNameBrokenOverTwoLinesOfTheTranslationIsNotMissing() {
        Evidence e = Evidence.waiver();
        e.person("Juan Pérez Ramírez", Role.APPLICANT, null, null);
        Evidence.Doc acta = e.doc(ACTA).language("es");
        e.doc(TRANSLATION.replace("Name: JUAN PÉREZ RAMÍREZ", "Name: JUAN\nPÉREZ RAMÍREZ") + "\n" + CERTIFICATE).translationOf(acta);
        assertThat(e.run(new TranslationCompletenessCheck())).isEmpty();
    }

    @Test
    void anUnreadScriptOriginalWhoseDateIsLeftOutOfTheTranslationIsIncomplete() {
        Evidence e = Evidence.waiver();
        Evidence.Doc results = e.doc("4471/2025 11.06.2025 12.06.2025: 61% 2,4 17.06.2025").language("ka").numbersOnly(48.0);
        String full = "Laboratory report No. 4471/2025 of 11.06.2025\nSample of 17.06.2025: within normal limits, 2.4.\n";
        e.doc(full + CERTIFICATE).translationOf(results);
        assertThat(english.format(e.run(new TranslationCompletenessCheck()).get(0).message())).contains("2025-06-12");

        Evidence complete = Evidence.waiver();
        Evidence.Doc same = complete.doc("4471/2025 11.06.2025 17.06.2025 2,4").language("ka").numbersOnly(48.0);
        complete.doc(full + CERTIFICATE).translationOf(same);
        assertThat(complete.run(new TranslationCompletenessCheck())).isEmpty();
    }

    @Test
    void aMuchShorterTranslationIsIncomplete() {
        String longOriginal = ACTA + "\n" + "Observaciones: el registrado fue presentado por su padre ante el oficial del registro civil. ".repeat(8);
        Evidence e = Evidence.waiver();
        Evidence.Doc acta = e.doc(longOriginal).language("es");
        e.doc(TRANSLATION + "\n" + CERTIFICATE).translationOf(acta);
        assertThat(english.format(e.run(new TranslationCompletenessCheck()).get(0).message())).contains("words");
    }

    @Test
    void aTranslationByTheApplicantOrAPartyIsAWarning() {
        Evidence e = Evidence.waiver();
        e.person("Juan Pérez Ramírez", Role.APPLICANT, null, null);
        e.person("María López García", Role.QR, "spouse", null);
        Evidence.Doc acta = e.doc(ACTA).language("es");
        e.doc(TRANSLATION + "\n" + CERTIFICATE.replace("Laura Bennett", "María López García")).translationOf(acta);
        assertThat(e.run(new TranslatorIsPartyCheck())).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("TRANSLATOR_IS_PARTY");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void aTranslatedDeclarationByAPartyDoesNotMakeThemTheTranslator() {
        Evidence e = Evidence.waiver();
        e.person("Juan Pérez Ramírez", Role.APPLICANT, null, null);
        Evidence.Doc original = e.doc("Yo, Juan Pérez Ramírez, declaro que vivo en Chicago.").language("es");
        e.doc("I, Juan Pérez Ramírez, declare that I live in Chicago.\n\n" + CERTIFICATE).translationOf(original);
        assertThat(e.run(new TranslatorIsPartyCheck())).isEmpty();
        assertThat(e.run(new TranslationCertificateCheck())).isEmpty();
    }

    @Test
    void anIndependentTranslatorIsNotAParty() {
        Evidence e = Evidence.waiver();
        e.person("Juan Pérez Ramírez", Role.APPLICANT, null, null);
        Evidence.Doc acta = e.doc(ACTA).language("es");
        e.doc(TRANSLATION + "\n" + CERTIFICATE).translationOf(acta);
        assertThat(e.run(new TranslatorIsPartyCheck())).isEmpty();
    }

    @Test
    void suggestsPairingAnUnlinkedEnglishTranslation() {
        Evidence e = Evidence.waiver();
        e.person("Juan Pérez Ramírez", Role.APPLICANT, null, null);
        Evidence.Doc acta = e.doc(ACTA).language("es");
        Evidence.Doc english = e.doc(TRANSLATION + "\n" + CERTIFICATE);
        e.doc("Employer letter for Juan Pérez Ramírez, who earns $2,000 per month.");
        assertThat(e.run(new TranslationPairingCheck())).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("TRANSLATION_PAIR_SUGGESTED");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.documents()).containsExactly(acta.id, english.id);
        });
    }

    @Test
    void doesNotSuggestAnUnrelatedEnglishDocument() {
        Evidence e = Evidence.waiver();
        e.doc(ACTA).language("es");
        e.doc("This translation guide explains how to translate documents. Published June 1, 2020.");
        assertThat(e.run(new TranslationPairingCheck())).isEmpty();
    }
}
