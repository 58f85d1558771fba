package org.hardshipbinder.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.hardshipbinder.binder.PlannedExhibit;
import org.hardshipbinder.checks.core.CheckSettings;
import org.hardshipbinder.model.Finding;
import org.hardshipbinder.model.Page;
import org.hardshipbinder.model.PageText;
import org.hardshipbinder.model.Scenario;
import org.hardshipbinder.model.Severity;
import org.hardshipbinder.model.SourceKind;
import org.hardshipbinder.model.TagOrigin;
import org.hardshipbinder.model.TextOrigin;
import org.hardshipbinder.testdata.CaseGenerator;
import org.hardshipbinder.testdata.Plant;
import org.hardshipbinder.testdata.SampleCase;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.wiring.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check service on a real vault: dismissals that last until the evidence changes, coverage and binder findings. */
class CheckServiceTest {

    @TempDir
    Path dir;
    private Services services;
    private CaseGenerator gen;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("vault"), AccessMode.READ_WRITE, CaseGenerator.clock());
        gen = new CaseGenerator(services, dir);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aDismissedFindingStaysDismissedUntilItsEvidenceChanges() {
        SampleCase sample = SampleCase.build(gen, 21, EnumSet.of(Plant.UNDATED_LETTER));
        long caseId = sample.theCase().id();
        long pastor = sample.documents().get("pastor");
        assertThat(codes(run(caseId).findings())).contains("UNDATED");

        int dismissed = services.checks().dismiss(caseId, "UNDATED", pastor, null, "the date is on the envelope", CheckSettings.defaults());
        assertThat(dismissed).isEqualTo(1);
        CheckReport after = run(caseId);
        assertThat(codes(after.findings())).doesNotContain("UNDATED");
        assertThat(codes(after.dismissed())).containsExactly("UNDATED");

        Page page = services.pages().listForDocument(pastor).get(0);
        PageText text = services.pageTexts().find(page.id()).orElseThrow();
        services.pageTexts().save(new PageText(page.id(), text.text() + "\nP.S. We pray for the family.", TextOrigin.OCR,
                text.engine(), text.language(), text.confidence(), List.of()));
        assertThat(codes(run(caseId).findings())).as("the letter changed, so the finding is back").contains("UNDATED");
    }

    @Test
    void dismissingSomethingThatIsNotFoundDismissesNothing() {
        SampleCase sample = SampleCase.clean(gen, 22);
        assertThat(services.checks().dismiss(sample.theCase().id(), "UNDATED", sample.documents().get("pastor"), null, "x",
                CheckSettings.defaults())).isZero();
    }

    @Test
    void aClaimedFactorWithoutEvidenceOrOnlyTheFamilysWordIsAGap() {
        SampleCase sample = SampleCase.clean(gen, 23);
        long caseId = sample.theCase().id();
        long qr = sample.spouse().id();
        services.factors().claims().claim(caseId, qr, "education", Scenario.BOTH);
        services.tags().add(sample.documents().get("declaration"), "psychological", qr, Scenario.BOTH, TagOrigin.USER);
        List<Finding> findings = run(caseId).findings();
        assertThat(findings).filteredOn(f -> f.code().equals("FACTOR_NO_EVIDENCE")).singleElement()
                .satisfies(f -> assertThat(f.people()).containsExactly(qr));
        assertThat(findings).filteredOn(f -> f.code().equals("FACTOR_UNCORROBORATED")).singleElement()
                .satisfies(f -> assertThat(f.documents()).containsExactly(sample.documents().get("declaration")));
    }

    @Test
    void aTaggedDocumentLeftOutOfTheBinderIsFound() {
        SampleCase sample = SampleCase.clean(gen, 24);
        long caseId = sample.theCase().id();
        long physician = sample.documents().get("physician");
        PlannedExhibit exhibit = services.binderPlans().plan(caseId).sections().stream().flatMap(s -> s.exhibits().stream())
                .filter(x -> Long.valueOf(physician).equals(x.documentId())).findFirst().orElseThrow();
        services.binderPlans().setIncluded(caseId, exhibit.id(), false);
        assertThat(run(caseId).findings()).filteredOn(f -> f.code().equals("NOT_IN_BINDER")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.documents()).containsExactly(physician);
        });
    }

    @Test
    void aTranslationBySomeoneInTheCaseIsScrutinized() {
        SampleCase sample = SampleCase.clean(gen, 25);
        long caseId = sample.theCase().id();
        long acta = gen.doc(caseId, "constancia.pdf").language("es").date(CaseGenerator.TODAY.minusMonths(1))
                .source(SourceKind.THIRD_PARTY).page("Constancia de trabajo de " + sample.family().applicant()
                        + ". Trabaja con nosotros desde hace cinco años.").add();
        gen.doc(caseId, "constancia-translation.pdf").translationOf(acta).page("Proof of employment of "
                + sample.family().applicant() + ". He has worked with us for five years.\n\nCERTIFICATE OF TRANSLATION\nI, "
                + sample.family().spouse() + ", certify that I am competent to translate from Spanish into English and that "
                + "the above translation is complete and accurate.\nSignature: ________\nDate: May 1, 2026\n"
                + "Address: 10 Main St., Chicago, IL 60601").add();
        assertThat(run(caseId).findings()).filteredOn(f -> f.severity() != Severity.INFO).extracting(Finding::code)
                .containsExactly("TRANSLATOR_IS_PARTY");
    }

    private CheckReport run(long caseId) {
        return services.checks().run(caseId, CheckSettings.defaults()).orElseThrow();
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }
}
