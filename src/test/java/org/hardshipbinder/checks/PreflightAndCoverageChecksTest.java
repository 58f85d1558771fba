package org.hardshipbinder.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.hardshipbinder.checks.binder.NotInBinderCheck;
import org.hardshipbinder.checks.binder.VolumeSizeCheck;
import org.hardshipbinder.checks.core.BinderState;
import org.hardshipbinder.checks.core.CheckSettings;
import org.hardshipbinder.checks.coverage.RelationshipProofCheck;
import org.hardshipbinder.checks.coverage.ScenarioMissingCheck;
import org.hardshipbinder.checks.preflight.DuplicateCheck;
import org.hardshipbinder.checks.preflight.LowOcrConfidenceCheck;
import org.hardshipbinder.checks.preflight.ModelMissingCheck;
import org.hardshipbinder.checks.preflight.NoTextCheck;
import org.hardshipbinder.checks.preflight.StaleEvidenceCheck;
import org.hardshipbinder.checks.preflight.UndatedCheck;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.model.Finding;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Role;
import org.hardshipbinder.model.Scenario;
import org.hardshipbinder.model.Severity;
import org.junit.jupiter.api.Test;

class PreflightAndCoverageChecksTest {

    private static final String LETTER = """
            To whom it may concern:
            I have known the family for ten years through our parish, where they volunteer every week at the food pantry.
            They are honest, hard-working people and good neighbours.
            Sincerely,
            Father Michael Doyle""";

    @Test
    void aLetterWithoutADateIsUndated() {
        Evidence e = Evidence.waiver();
        e.doc(LETTER);
        assertThat(e.run(new UndatedCheck())).extracting(Finding::code, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("UNDATED", Severity.WARNING));
    }

    @Test
    void aDateLineAMonthAndYearARecordedDateOrAPhotoAreNotUndated() {
        Evidence e = Evidence.waiver();
        e.doc("Chicago, Illinois\nMarch 3, 2026\n" + LETTER);
        e.doc("March 2026\n" + LETTER);
        e.doc(LETTER).date(LocalDate.of(2026, 3, 3));
        e.doc(LETTER).type("photo");
        e.doc("Fecha: 3 de marzo de 2026\nA quien corresponda:").language("es");
        e.doc("Guatemala Travel Advisory\nUpdated: May 7, 2023\nLevel 4: Do Not Travel.");
        e.doc("April 7, 2023 — Cartel violence displaces families\nBy a staff writer");
        e.doc("CERTIFICATE OF MARRIAGE\nThis is to certify that Jorge Flores and Laura Ortega were united in marriage on August 22, 2024.");
        assertThat(e.run(new UndatedCheck())).isEmpty();
    }

    @Test
    void aLetterWhoseOnlyDatesAreInItsStoryIsStillUndated() {
        Evidence e = Evidence.waiver();
        e.doc("Dear Officer,\nI met Juan at church on June 5, 2010, and we have been friends since.\nSincerely,\nAna Ruiz");
        assertThat(e.run(new UndatedCheck())).extracting(Finding::code).containsExactly("UNDATED");
    }

    @Test
    void pagesReadWithLowConfidenceAskForARescan() {
        Evidence e = Evidence.waiver();
        e.doc("blurry words", "more blurry words").confidence(41.0);
        e.doc("clear words").confidence(91.0);
        e.doc("born-digital words").confidence(null);
        assertThat(e.run(new LowOcrConfidenceCheck())).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("LOW_OCR_CONFIDENCE");
            assertThat(f.pages()).extracting(Finding.PageRef::page).containsExactly(1, 2);
        });
    }

    @Test
    void pagesInAScriptWithoutAModelNameTheLanguageAndItsModelNotARescan() {
        Evidence e = Evidence.waiver();
        e.doc("0,9 250 17.03.2025", "4471 02.05.1981").language("uk").numbersOnly(38.0);
        e.doc("12 3904").language("und").numbersOnly(22.0);
        e.doc("clear words").confidence(91.0);
        var found = e.run(new ModelMissingCheck());
        assertThat(found).extracting(Finding::code, Finding::severity).containsOnly(
                org.assertj.core.groups.Tuple.tuple("OCR_MODEL_MISSING", Severity.INFO));
        assertThat(found).hasSize(2);
        assertThat(found.get(0).pages()).extracting(Finding.PageRef::page).containsExactly(1, 2);
        assertThat(found.get(0).fix().args()).extracting(Object::toString).contains("ukr.traineddata");
        assertThat(found.get(1).message().key()).isEqualTo("checks.modelMissing.unknown");
        assertThat(e.run(new LowOcrConfidenceCheck())).isEmpty();
    }

    @Test
    void aDocumentWithNoTextIsFlaggedAccordingToWhatItIs() {
        Evidence e = Evidence.waiver();
        e.doc("  ");
        e.doc(" ").image();
        e.doc("never read").unread();
        e.doc(" ").type("photo");
        e.doc("A letter with text.");
        assertThat(e.run(new NoTextCheck())).extracting(Finding::code, Finding::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("NO_TEXT", Severity.WARNING),
                org.assertj.core.groups.Tuple.tuple("NO_TEXT", Severity.INFO),
                org.assertj.core.groups.Tuple.tuple("NO_TEXT", Severity.INFO));
    }

    @Test
    void aSecondScanOfTheSameLetterIsADuplicate() {
        Evidence e = Evidence.waiver();
        String letter = "March 3, 2026\n" + LETTER + "\nPhone (312) 555-0147. Member since 2016, parish record 4471.";
        e.doc(letter);
        e.doc(letter.replace("honest", "hon est").replace("Sincerely", "Sincere1y"));
        assertThat(e.run(new DuplicateCheck())).extracting(Finding::code).containsExactly("DUPLICATE");
    }

    @Test
    void theSameFormFilledInForTwoPeopleIsNotADuplicate() {
        Evidence e = Evidence.waiver();
        String form = """
                BIRTH CERTIFICATE
                State of Illinois, Department of Public Health, Division of Vital Records
                This is to certify that this is a true and correct abstract of the birth record on file in this office.
                Name of child: %s
                Date of birth: %s
                Place of birth: Cook County, Chicago
                Certificate number: %s
                Mother's maiden name: María López García
                Father's name: Juan Pérez Ramírez
                Date issued: %s""";
        e.doc(form.formatted("Sofía Pérez López", "April 2, 2015", "2015-04471", "May 1, 2026"));
        e.doc(form.formatted("Mateo Pérez López", "June 9, 2018", "2018-09932", "May 1, 2026"));
        assertThat(e.run(new DuplicateCheck())).isEmpty();
    }

    @Test
    void onlyOldMedicalEvidenceIsStale() {
        Evidence e = Evidence.waiver();
        Person qr = e.person("María López García", Role.QR, "spouse", null);
        Evidence.Doc old = e.doc("Clinic notes").type("medical_record").date(LocalDate.of(2023, 1, 10));
        e.tag(old, "medical", qr.id(), Scenario.BOTH);
        assertThat(e.run(new StaleEvidenceCheck())).extracting(Finding::code).containsExactly("STALE_EVIDENCE");
        assertThat(e.settings(CheckSettings.defaults().withMaxAges(48, null)).run(new StaleEvidenceCheck())).isEmpty();
    }

    @Test
    void oldRecordsNextToARecentOneAreHistoryNotStale() {
        Evidence e = Evidence.waiver();
        e.doc("Clinic notes").type("medical_record").date(LocalDate.of(2019, 1, 10));
        e.doc("Physician letter").type("physician_letter").date(LocalDate.of(2026, 4, 1));
        e.doc("Pay stub").type("pay_stub").date(LocalDate.of(2026, 5, 31));
        assertThat(e.run(new StaleEvidenceCheck())).isEmpty();
    }

    @Test
    void aSpouseNeedsAMarriageCertificateNamingThem() {
        Evidence e = Evidence.waiver();
        e.person("Juan Pérez Ramírez", Role.APPLICANT, null, null);
        e.person("María López García", Role.QR, "spouse", null);
        e.doc("ACTA DE NACIMIENTO\nNombre: MARÍA LÓPEZ GARCÍA").language("es");
        assertThat(e.run(new RelationshipProofCheck())).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("RELATIONSHIP_UNPROVEN");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
        e.doc("ACTA DE MATRIMONIO\nContrayente: JUAN PÉREZ RAMÍREZ\nContrayente: MARÍA LÓPEZ GARCÍA").language("es");
        assertThat(e.run(new RelationshipProofCheck())).isEmpty();
    }

    @Test
    void aParentIsProvenByTheApplicantsBirthCertificateAndParoleNeedsNoRelative() {
        Evidence e = Evidence.waiver();
        e.person("Juan Pérez Ramírez", Role.APPLICANT, null, null);
        e.person("Rosa Ramírez Díaz", Role.QR, "mother", null);
        e.doc("CERTIFICATE OF BIRTH\nName: Juan Pérez Ramírez\nMother: Rosa Ramírez Díaz");
        assertThat(e.run(new RelationshipProofCheck())).isEmpty();
        Evidence parole = Evidence.of(CaseKind.PAROLE);
        parole.person("Ana Ruiz Soto", Role.QR, "spouse", null);
        assertThat(parole.run(new RelationshipProofCheck())).isEmpty();
    }

    @Test
    void aRelativeWithoutRelocationEvidenceHasAScenarioGap() {
        Evidence e = Evidence.waiver();
        Person qr = e.person("María López García", Role.QR, "spouse", null);
        Evidence.Doc letter = e.doc("Physician letter");
        e.tag(letter, "medical", qr.id(), Scenario.SEPARATION);
        assertThat(e.run(new ScenarioMissingCheck())).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("SCENARIO_MISSING");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
        e.tag(letter, "country_conditions", qr.id(), Scenario.RELOCATION);
        assertThat(e.run(new ScenarioMissingCheck())).isEmpty();
    }

    @Test
    void nothingTaggedYetIsOnlyANote() {
        Evidence e = Evidence.waiver();
        e.person("María López García", Role.QR, "spouse", null);
        assertThat(e.run(new ScenarioMissingCheck())).extracting(Finding::severity).containsExactly(Severity.INFO);
    }

    @Test
    void aTaggedDocumentLeftOutOfTheBinderIsAWarningAnUntaggedOneANote() {
        Evidence e = Evidence.waiver();
        Evidence.Doc tagged = e.doc("Physician letter");
        Evidence.Doc untagged = e.doc("Draft");
        e.tag(tagged, "medical", null, Scenario.BOTH);
        e.binder(new BinderState(true, Set.of(tagged.id, untagged.id), null));
        assertThat(e.run(new NotInBinderCheck())).extracting(Finding::severity).containsExactly(Severity.WARNING, Severity.INFO);
        assertThat(Evidence.waiver().run(new NotInBinderCheck())).isEmpty();
    }

    @Test
    void aBinderOverTheUploadLimitOrADocumentOverTheVolumeLimit() {
        Evidence e = Evidence.waiver();
        e.doc("big scan").size(9L * 1024 * 1024);
        e.doc("another big scan").size(5L * 1024 * 1024);
        assertThat(e.run(new VolumeSizeCheck())).extracting(Finding::code).containsExactly("VOLUME_TOO_LARGE");
        e.binder(new BinderState(true, Set.of(), 8));
        assertThat(e.run(new VolumeSizeCheck())).singleElement().satisfies(f -> assertThat(f.documents()).hasSize(1));
        e.binder(new BinderState(true, Set.of(), 10));
        assertThat(e.run(new VolumeSizeCheck())).isEmpty();
    }
}
