package org.hardshipbinder.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.hardshipbinder.intake.ImportOptions;
import org.hardshipbinder.intake.ImportOutcome;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.model.DocumentStatus;
import org.hardshipbinder.model.PageStatus;
import org.hardshipbinder.vault.Jdbc;
import org.hardshipbinder.vault.Vault;
import org.hardshipbinder.wiring.Services;
import org.hardshipbinder.vault.VaultKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * OCR in a separate JVM is killed halfway; the next run reads exactly the pages that were not stored. On a plain
 * vault and on an encrypted one.
 */
class CrashResumeTest {

    static final int PAGES = 16;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(VaultKind.class)
    void aKilledRunResumesWithoutLosingOrRepeatingPages(VaultKind kind) throws Exception {
        Path vaultDir = dir.resolve("vault");
        long documentId;
        try (Services services = kind.open(vaultDir)) {
            long caseId = services.cases().create(CaseKind.I_601A, "Ana", null).id();
            documentId = ((ImportOutcome.Imported) services.importService().importFile(caseId,
                    TestPdfs.scanned(dir.resolve("scan.pdf"), PAGES), ImportOptions.defaults())).documentId();
        }

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OcrChildProcess.class.getName()));
        command.addAll(kind.withArgument(vaultDir.toString(), "400"));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (done(kind, vaultDir) < 3 && System.nanoTime() < deadline && child.isAlive()) {
                Thread.sleep(100);
            }
        } finally {
            child.destroyForcibly().waitFor();
        }
        long doneBeforeKill = done(kind, vaultDir);
        assertThat(doneBeforeKill).as("pages stored before the kill").isBetween(3L, PAGES - 1L);

        try (Services services = kind.open(vaultDir)) {
            long texts = (long) services.vault().read(c -> Jdbc.count(c, "SELECT count(*) FROM page_text"));
            assertThat(texts).isEqualTo(doneBeforeKill);
            AtomicInteger calls = new AtomicInteger();
            OcrService ocr = new OcrService(services.vault(), services.documents(), services.pages(),
                    services.pageTexts(), services.originals(), services.pageImages(), CountingEngine.provider(calls, 0, () -> { }),
                    new LanguageIdentifier(), 2);
            OcrSummary summary = ocr.run(OcrRequest.all(2), OcrProgressListener.NONE);

            assertThat(summary.pages()).isEqualTo(PAGES - doneBeforeKill);
            assertThat(calls.get()).isEqualTo(PAGES - (int) doneBeforeKill);
            assertThat(services.pages().listForDocument(documentId)).hasSize(PAGES)
                    .allMatch(p -> p.status() == PageStatus.DONE);
            assertThat((long) services.vault().read(c -> Jdbc.count(c, "SELECT count(*) FROM page_text"))).isEqualTo((long) PAGES);
            assertThat(services.documents().find(documentId).orElseThrow().status()).isEqualTo(DocumentStatus.OCR_DONE);
        }
    }

    static long done(VaultKind kind, Path vaultDir) {
        if (!new File(vaultDir.toFile(), "vault.sqlite").exists()) {
            return 0;
        }
        try (Vault vault = kind.openReadOnly(vaultDir)) {
            return vault.read(c -> Jdbc.count(c, "SELECT count(*) FROM pages WHERE status = ?", PageStatus.DONE));
        }
    }

}
