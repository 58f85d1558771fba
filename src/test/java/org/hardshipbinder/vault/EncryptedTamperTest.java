package org.hardshipbinder.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hardshipbinder.intake.ImportOptions;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.ocr.TestPdfs;
import org.hardshipbinder.wiring.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On an encrypted vault every page carries an authentication tag, so a byte changed anywhere in a page in use makes
 * {@code verify} report a problem (or the vault refuse to open): 30 random bytes (fixed seed), each flipped on a
 * fresh copy of a compacted vault, whose every page is in use.
 */
class EncryptedTamperTest {

    private static final int FLIPS = 30;

    @TempDir
    Path dir;

    @Test
    void verifyCatchesAByteFlippedAnywhereInAPageInUse() throws Exception {
        Path vault = dir.resolve("vault");
        try (Services s = VaultKind.ENCRYPTED.open(vault)) {
            long caseId = s.cases().create(CaseKind.I_601A, "Tamper", null).id();
            s.people().add(caseId, "Odalys Tamper Prueba", org.hardshipbinder.model.Role.APPLICANT, "self", null, null);
            s.importService().importFile(caseId, TestPdfs.scanned(dir.resolve("scan.pdf"), 3), ImportOptions.defaults());
            s.vault().compact();
            assertThat(s.vault().<Long>read(c -> Jdbc.queryOne(c, "PRAGMA freelist_count", rs -> rs.getLong(1)).orElseThrow()))
                    .as("no free page: every page of the file is in use").isZero();
            assertThat(s.verifier().verify()).isEmpty();
        }
        Path file = vault.resolve(VaultLocation.FILE_NAME);
        assertThat(vault.resolve(VaultLocation.FILE_NAME + "-wal")).satisfiesAnyOf(
                wal -> assertThat(wal).doesNotExist(), wal -> assertThat(Files.size(wal)).isZero());
        Path pristine = Files.copy(file, dir.resolve("pristine.sqlite"));
        long pages = Files.size(pristine) / Vault.ENCRYPTED_PAGE_SIZE;
        assertThat(pages).isGreaterThan(3);

        Random random = new Random(20261206L);
        List<String> unnoticed = new ArrayList<>();
        for (int i = 0; i < FLIPS; i++) {
            Files.copy(pristine, file, StandardCopyOption.REPLACE_EXISTING);
            long page = random.nextInt((int) pages);
            long at = page * Vault.ENCRYPTED_PAGE_SIZE + random.nextInt(Vault.ENCRYPTED_PAGE_SIZE);
            int xor = 1 + random.nextInt(255);
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                raf.seek(at);
                int b = raf.read();
                raf.seek(at);
                raf.write(b ^ xor);
            }
            if (!noticed(vault)) {
                unnoticed.add("page " + page + ", byte " + (at - page * Vault.ENCRYPTED_PAGE_SIZE));
            }
        }
        assertThat(unnoticed).as("flips verify did not notice").isEmpty();
    }

    private static boolean noticed(Path vault) {
        try (Services s = VaultKind.ENCRYPTED.open(vault)) {
            return !s.verifier().verify().isEmpty();
        } catch (VaultException | VaultUnavailableException refused) {
            return true;
        }
    }
}
