package org.hardshipbinder.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.hardshipbinder.testdata.CaseGenerator;
import org.hardshipbinder.testdata.SampleCase;
import org.hardshipbinder.testdata.TestCorpus;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.vault.Jdbc;
import org.hardshipbinder.vault.Passphrase;
import org.hardshipbinder.wiring.Services;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad case file is refused with its own sentence, and the vault is left exactly as it was: a file cut
 * short, a byte changed, a file of another kind (PDF, zip, a vault backup, text), a wrong passphrase, a newer format.
 */
class CaseFileBadInputTest {

    @TempDir
    Path dir;

    private Path good;
    private Path target;

    @BeforeEach
    void exportACase() throws Exception {
        good = dir.resolve("case.hbcase");
        try (Services source = Services.open(dir.resolve("source"), AccessMode.READ_WRITE, CaseGenerator.clock())) {
            Files.createDirectories(dir.resolve("work"));
            SampleCase sample = SampleCase.clean(new CaseGenerator(source, dir.resolve("work")), 3);
            assertThat(source.caseExporter().export(sample.theCase().id(), good, TransferFixture.PASSPHRASE))
                    .isInstanceOf(ExportOutcome.Exported.class);
            source.backup().backupTo(dir.resolve("backup.sqlite"));
        }
        target = dir.resolve("target");
        try (Services t = Services.open(target, AccessMode.READ_WRITE, CaseGenerator.clock())) {
            Files.createDirectories(dir.resolve("work2"));
            SampleCase.clean(new CaseGenerator(t, dir.resolve("work2")), 5);
        }
    }

    @Test
    void theGoodFileImports() {
        assertThat(importInto(good, TransferFixture.PASSPHRASE)).isInstanceOf(ImportOutcome.Imported.class);
    }

    @Test
    void aFileCutShortIsRefusedAsIncomplete() throws Exception {
        byte[] bytes = Files.readAllBytes(good);
        for (int length : List.of(bytes.length - 1, bytes.length / 2, 100, 40, 5)) {
            Path cut = write("cut-" + length + ".hbcase", Arrays.copyOf(bytes, length));
            assertRefused(cut, TransferFixture.PASSPHRASE, "transfer.import.truncated");
        }
    }

    @Test
    void aChangedByteIsRefusedAsTampered() throws Exception {
        byte[] bytes = Files.readAllBytes(good);
        Random random = new Random(11);
        int firstSealedByte = CaseFileHeader.fresh().encoded().length + Seal.TAG_BYTES + 4;
        for (int i = 0; i < 5; i++) {
            byte[] changed = bytes.clone();
            int at = firstSealedByte + random.nextInt(bytes.length - firstSealedByte);
            changed[at] ^= (byte) (1 << random.nextInt(8));
            assertRefused(write("flip-" + at + ".hbcase", changed), TransferFixture.PASSPHRASE, "transfer.import.tampered");
        }
    }

    @Test
    void aChangedHeaderIsRefusedBeforeAnythingIsRead() throws Exception {
        byte[] changed = Files.readAllBytes(good);
        changed[40] ^= 1; // inside the salt: the key check fails
        assertRefused(write("salt.hbcase", changed), TransferFixture.PASSPHRASE, "transfer.import.wrongPassphrase");
    }

    @Test
    void filesOfOtherKindsAreRefusedAsForeign() throws Exception {
        assertRefused(TestCorpus.file("malformed/qpdf_11-pages-with-labels.pdf"), TransferFixture.PASSPHRASE,
                "transfer.import.foreign");
        Path zip = dir.resolve("other-app.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("case.json"));
            out.write("{\"case\": 1}".getBytes(StandardCharsets.UTF_8));
        }
        assertRefused(zip, TransferFixture.PASSPHRASE, "transfer.import.foreign");
        assertRefused(dir.resolve("backup.sqlite"), TransferFixture.PASSPHRASE, "transfer.import.foreign");
        assertRefused(write("notes.txt", "HB notes".getBytes(StandardCharsets.UTF_8)), TransferFixture.PASSPHRASE,
                "transfer.import.foreign");
        assertRefused(write("empty.hbcase", new byte[0]), TransferFixture.PASSPHRASE, "transfer.import.foreign");
    }

    @Test
    void aWrongOrMissingPassphraseIsRefused() {
        assertRefused(good, Passphrase.of("not the passphrase".toCharArray()), "transfer.import.wrongPassphrase");
        assertRefused(good, Passphrase.none(), "transfer.import.noPassphrase");
        assertRefused(dir.resolve("absent.hbcase"), TransferFixture.PASSPHRASE, "transfer.import.missing");
    }

    @Test
    void aNewerFormatIsRefusedWithAWordOnUpdating() throws Exception {
        byte[] changed = Files.readAllBytes(good);
        changed[CaseFileHeader.SIGNATURE.length + 1] = (byte) (CaseFileHeader.VERSION + 1);
        assertRefused(write("newer.hbcase", changed), TransferFixture.PASSPHRASE, "transfer.import.newer");
    }

    @Test
    void anExportNeedsAPassphraseAndAnExistingCase() {
        try (Services t = Services.open(target, AccessMode.READ_WRITE, CaseGenerator.clock())) {
            assertThat(t.caseExporter().export(1, dir.resolve("x.hbcase"), Passphrase.none()))
                    .isEqualTo(new ExportOutcome.Refused(org.hardshipbinder.model.UserMessage.of("transfer.export.noPassphrase")));
            assertThat(t.caseExporter().export(99, dir.resolve("x.hbcase"), TransferFixture.PASSPHRASE))
                    .isInstanceOf(ExportOutcome.Refused.class);
        }
        assertThat(dir.resolve("x.hbcase")).doesNotExist();
    }

    private void assertRefused(Path file, Passphrase passphrase, String key) {
        Map<String, Long> before = rowCounts();
        ImportOutcome outcome = importInto(file, passphrase);
        assertThat(outcome).as(file.getFileName().toString()).isInstanceOf(ImportOutcome.Refused.class);
        assertThat(((ImportOutcome.Refused) outcome).reason().key()).as(file.getFileName().toString()).isEqualTo(key);
        assertThat(rowCounts()).as("the vault is unchanged after " + file.getFileName()).isEqualTo(before);
    }

    private ImportOutcome importInto(Path file, Passphrase passphrase) {
        try (Services t = Services.open(target, AccessMode.READ_WRITE, CaseGenerator.clock())) {
            return t.caseImporter().importFile(file, passphrase);
        }
    }

    /** Every table's row count (and the audit log's): what an import that went in part would change. */
    private Map<String, Long> rowCounts() {
        try (Services t = Services.open(target, AccessMode.READ_ONLY, CaseGenerator.clock())) {
            return t.vault().read(c -> {
                Map<String, Long> counts = new TreeMap<>();
                for (String table : Jdbc.query(c, "SELECT name FROM sqlite_master WHERE type = 'table'", rs -> rs.getString(1))) {
                    counts.put(table, Jdbc.count(c, "SELECT count(*) FROM \"" + table + "\""));
                }
                return counts;
            });
        }
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bytes);
        }
        return file;
    }
}
