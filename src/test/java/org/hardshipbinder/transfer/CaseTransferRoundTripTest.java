package org.hardshipbinder.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hardshipbinder.testdata.SampleCase;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.vault.Passphrase;
import org.hardshipbinder.wiring.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export → import into another vault (which already holds a case, so every id changes) gives the same case: the same
 * originals byte for byte, the same page text, tags, findings and dismissals, the same binder read back with PDFBox;
 * the case already there is left as it was. The target vault is encrypted: the case goes in encrypted.
 */
class CaseTransferRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void aCaseComesBackTheSameInAnotherVault() throws Exception {
        Path file = dir.resolve("case.hbcase");
        CaseSnapshot before;
        String applicant;
        try (Services source = Services.open(dir.resolve("source"), AccessMode.READ_WRITE, TransferFixture.clock())) {
            SampleCase sample = TransferFixture.richCase(source, dir.resolve("work1"), 41);
            applicant = sample.applicant().name();
            long scanned = TransferFixture.scannedPage(source, sample.theCase().id());
            var ocrText = source.pageTexts().find(source.pages().listForDocument(scanned).get(0).id()).orElseThrow();
            assertThat(ocrText.origin()).isEqualTo(org.hardshipbinder.model.TextOrigin.OCR);
            assertThat(ocrText.words()).as("word boxes from Tesseract").isNotEmpty();
            before = CaseSnapshot.of(source, sample.theCase().id(), dir.resolve("before.pdf"));
            var outcome = source.caseExporter().export(sample.theCase().id(), file, TransferFixture.PASSPHRASE);
            assertThat(outcome).isInstanceOf(ExportOutcome.Exported.class);
        }
        assertThat(before.dismissed()).as("the fixture dismisses a finding").hasSize(1);
        assertThat(before.findings()).isNotEmpty();
        assertThat(before.grouping()).hasSize(1);
        assertThat(before.refused()).hasSize(1);
        byte[] raw = Files.readAllBytes(file);
        assertThat(new String(raw, StandardCharsets.ISO_8859_1)).as("nothing of the case in clear in the file")
                .doesNotContain(applicant).doesNotContain("translation").doesNotContain("%PDF");

        Passphrase vaultPassphrase = Passphrase.of("the target vault's own".toCharArray());
        Path target = dir.resolve("target");
        try (Services existing = openTarget(target, vaultPassphrase)) {
            TransferFixture.richCase(existing, dir.resolve("work2"), 7);
        }
        try (Services t = openTarget(target, vaultPassphrase)) {
            CaseSnapshot otherBefore = CaseSnapshot.of(t, 1, dir.resolve("other-before.pdf"));
            var outcome = t.caseImporter().importFile(file, TransferFixture.PASSPHRASE);
            assertThat(outcome).isInstanceOf(ImportOutcome.Imported.class);
            long imported = ((ImportOutcome.Imported) outcome).caseId();
            assertThat(imported).isNotEqualTo(1);
            CaseSnapshot after = CaseSnapshot.of(t, imported, dir.resolve("after.pdf"));
            assertThat(after.originals()).isEqualTo(before.originals());
            after.originals().forEach((nameAndRecorded, computed) -> assertThat(nameAndRecorded).endsWith(computed));
            assertThat(after.documents()).isEqualTo(before.documents());
            assertThat(after.people()).isEqualTo(before.people());
            assertThat(after.tags()).isEqualTo(before.tags());
            assertThat(after.findings()).isEqualTo(before.findings());
            assertThat(after.dismissed()).isEqualTo(before.dismissed());
            assertThat(after.plan()).isEqualTo(before.plan());
            assertThat(after.grouping()).isEqualTo(before.grouping());
            assertThat(after.refused()).isEqualTo(before.refused());
            assertThat(after.binder()).isEqualTo(before.binder());
            assertThat(CaseSnapshot.of(t, 1, dir.resolve("other-after.pdf"))).as("the case already there")
                    .isEqualTo(otherBefore);
            assertThat(t.verifier().verify()).as("verify after the import (search index included)").isEmpty();
        }
        byte[] vaultBytes = Files.readAllBytes(target.resolve("vault.sqlite"));
        assertThat(new String(vaultBytes, StandardCharsets.ISO_8859_1)).as("the imported case is encrypted in the vault")
                .doesNotContain(applicant);
    }

    private static Services openTarget(Path target, Passphrase passphrase) {
        return Services.open(target, AccessMode.READ_WRITE, passphrase, TransferFixture.clock());
    }
}
