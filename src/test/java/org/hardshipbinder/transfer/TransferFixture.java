package org.hardshipbinder.transfer;

import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import org.hardshipbinder.binder.BinderSettings;
import org.hardshipbinder.binder.LabelScheme;
import org.hardshipbinder.checks.core.CheckSettings;
import org.hardshipbinder.intake.ImportOptions;
import org.hardshipbinder.ocr.OcrProgressListener;
import org.hardshipbinder.ocr.OcrRequest;
import org.hardshipbinder.testdata.CaseGenerator;
import org.hardshipbinder.testdata.TestCorpus;
import org.hardshipbinder.testdata.Plant;
import org.hardshipbinder.testdata.SampleCase;
import org.hardshipbinder.vault.GroupingDecisionRepository;
import org.hardshipbinder.vault.Passphrase;
import org.hardshipbinder.vault.RefusedDuplicateRepository;
import org.hardshipbinder.wiring.Services;

/**
 * A case with everything a case can hold: people, translations, tags, page text, a turned page, a dismissed finding,
 * a binder plan with settings and a written statement, a rejected grouping suggestion and a refused duplicate.
 */
final class TransferFixture {

    static final Passphrase PASSPHRASE = Passphrase.of("correct horse battery staple".toCharArray());

    private TransferFixture() {
    }

    static Clock clock() {
        return CaseGenerator.clock();
    }

    /** Builds the rich case in {@code services}' vault; returns it. */
    static SampleCase richCase(Services services, Path workDir, long seed) {
        try {
            java.nio.file.Files.createDirectories(workDir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        SampleCase sample = SampleCase.build(new CaseGenerator(services, workDir), seed,
                EnumSet.of(Plant.MISSING_TRANSLATION, Plant.UNDATED_LETTER, Plant.DUPLICATE, Plant.BIRTH_DATE_CONFLICT));
        long caseId = sample.theCase().id();
        long employer = sample.documents().get("employer");
        long employerPage = services.pages().listForDocument(employer).get(0).id();
        services.pageEdits().turn(employerPage, 90);
        services.checks().dismiss(caseId, "UNDATED", sample.documents().get("pastor"), null,
                "the pastor dates his letters on the envelope", CheckSettings.defaults());
        services.binderPlans().plan(caseId);
        services.binderPlans().saveSettings(caseId, new BinderSettings(LabelScheme.NUMBERS, "RUIZ", "Ana Preparer", null));
        services.binderPlans().addUnavailableStatement(caseId, "relationship_proof", "Birth record — not available",
                "The civil registry burned in 1990.");
        new GroupingDecisionRepository(services.vault(), services.clock()).reject(caseId,
                "merge:" + employer + "," + sample.documents().get("employerCopy"));
        new RefusedDuplicateRepository(services.vault(), services.clock()).record(caseId, "employer-letter (1).pdf", employer);
        return sample;
    }

    /** Adds a photographed page read by Tesseract (real OCR: text, language, confidence, word boxes). */
    static long scannedPage(Services services, long caseId) throws InterruptedException {
        var outcomes = services.importService().importAll(caseId, java.util.List.of(TestCorpus.file("paperless/simple.png")),
                new ImportOptions(ImportOptions.DEFAULT_MAX_BYTES, null), (outcome, i, n) -> { });
        long documentId = ((org.hardshipbinder.intake.ImportOutcome.Imported) outcomes.get(0)).documentId();
        services.ocr().run(OcrRequest.forDocuments(java.util.List.of(documentId), 1), OcrProgressListener.NONE);
        return documentId;
    }
}
