package org.hardshipbinder.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.hardshipbinder.checks.core.CheckSettings;
import org.hardshipbinder.intake.ImportOutcome;
import org.hardshipbinder.model.Finding;
import org.hardshipbinder.ocr.OcrProgressListener;
import org.hardshipbinder.ocr.OcrRequest;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.wiring.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample case is how a family first sees what the app catches: built, read (real OCR on its two scans) and
 * checked, it must show every planted problem.
 */
class SampleCaseFindingsTest {

    @TempDir
    Path vault;

    @Test
    void everyPlantedProblemIsFound() throws Exception {
        try (Services services = Services.open(vault, AccessMode.READ_WRITE)) {
            SampleCaseBuilder.Built built = new SampleCaseBuilder(services.vault(), services.cases(), services.people(),
                    services.documents(), services.importService()).build();
            assertThat(built.outcomes()).allMatch(ImportOutcome.Imported.class::isInstance);
            long caseId = built.sampleCase().id();
            services.ocr().run(OcrRequest.forCase(caseId, 2), OcrProgressListener.NONE);

            List<String> codes = services.checks().run(caseId, CheckSettings.defaults()).orElseThrow().findings().stream()
                    .map(Finding::code).toList();

            assertThat(codes).contains("DOB_CONFLICT", "TRANSLATION_MISSING", "TRANSLATION_CERT_INCOMPLETE",
                    "AMOUNT_CONFLICT", "UNDATED", "DUPLICATE");
        }
    }
}
