package org.hardshipbinder.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.hardshipbinder.wiring.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encrypting a vault and changing its passphrase: round trips, interrupted changes, tampered pages. */
class VaultRekeyTest {

    @TempDir
    Path dir;

    private static Passphrase other() {
        return Passphrase.of("a quite different sentence".toCharArray());
    }

    @Test
    void aPlainVaultIsEncryptedWithItsContentKept() throws Exception {
        Path vault = dir.resolve("vault");
        try (Services s = Services.open(vault, AccessMode.READ_WRITE)) {
            EncryptedVaultTest.fill(s, Files.createDirectories(dir.resolve("in")));
        }
        assertThat(VaultRekey.encrypt(vault, EncryptedVaultTest.secret())).isEqualTo(VaultRekey.Outcome.DONE);

        EncryptedVaultTest.assertNoClearWords(vault);
        assertThatThrownBy(() -> Services.open(vault, AccessMode.READ_WRITE)).isInstanceOf(VaultUnavailableException.class);
        try (Services s = Services.open(vault, AccessMode.READ_WRITE, EncryptedVaultTest.secret())) {
            assertThat(s.vault().encrypted()).isTrue();
            assertThat((long) s.vault().<Long>read(c -> Jdbc.count(c, "PRAGMA page_size"))).isEqualTo(Vault.ENCRYPTED_PAGE_SIZE);
            assertThat(s.vault().<String>read(c -> Jdbc.queryOne(c, "PRAGMA integrity_check", rs -> rs.getString(1)).orElseThrow()))
                    .isEqualTo("ok");
            assertThat(s.people().listForCase(s.cases().list().get(0).id())).extracting(p -> p.name())
                    .contains(EncryptedVaultTest.PERSON);
        }
        assertThat(VaultRekey.encrypt(vault, other())).isEqualTo(VaultRekey.Outcome.ALREADY_ENCRYPTED);
        assertThat(vault.resolve(VaultRekey.COPY)).doesNotExist();
    }

    @Test
    void aChangedPassphraseOpensAndTheOldOneNoLonger() throws Exception {
        Path vault = dir.resolve("vault");
        try (Services s = Services.open(vault, AccessMode.READ_WRITE, EncryptedVaultTest.secret())) {
            EncryptedVaultTest.fill(s, Files.createDirectories(dir.resolve("in")));
        }
        assertThat(VaultRekey.changePassphrase(vault, EncryptedVaultTest.secret(), other())).isEqualTo(VaultRekey.Outcome.DONE);

        assertThatThrownBy(() -> Services.open(vault, AccessMode.READ_WRITE, EncryptedVaultTest.secret()))
                .isInstanceOfSatisfying(VaultUnavailableException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo("vault.wrongPassphrase"));
        try (Services s = Services.open(vault, AccessMode.READ_WRITE, other())) {
            assertThat(s.cases().list()).hasSize(1);
        }
        EncryptedVaultTest.assertNoClearWords(vault);
    }

    @Test
    void aChangeKilledBeforeTheSwapLeavesTheOldVaultAndOneKilledAfterItTheNew() throws Exception {
        Path vault = dir.resolve("vault");
        try (Services s = Services.open(vault, AccessMode.READ_WRITE, EncryptedVaultTest.secret())) {
            EncryptedVaultTest.fill(s, Files.createDirectories(dir.resolve("in")));
        }
        Path oldParameters = Files.copy(KeyParameters.fileIn(vault), dir.resolve("old.key"));

        // Killed before the swap: a half-written copy and new parameters lie beside the old vault.
        Files.writeString(vault.resolve(VaultRekey.COPY), "half a copy");
        Files.copy(oldParameters, vault.resolve(VaultRekey.NEW_PARAMETERS));
        try (Services s = Services.open(vault, AccessMode.READ_WRITE, EncryptedVaultTest.secret())) {
            assertThat(s.cases().list()).hasSize(1);
        }
        assertThat(vault.resolve(VaultRekey.COPY)).doesNotExist();
        assertThat(vault.resolve(VaultRekey.NEW_PARAMETERS)).doesNotExist();

        // Killed between the two moves: the new vault is in place, its parameters still beside under their new name.
        VaultRekey.changePassphrase(vault, EncryptedVaultTest.secret(), other());
        Files.move(KeyParameters.fileIn(vault), vault.resolve(VaultRekey.NEW_PARAMETERS));
        Files.copy(oldParameters, KeyParameters.fileIn(vault), StandardCopyOption.REPLACE_EXISTING);
        try (Services s = Services.open(vault, AccessMode.READ_WRITE, other())) {
            assertThat(s.cases().list()).hasSize(1);
        }
    }

    @Test
    void verifyCatchesAByteFlippedInAPageInUse() throws Exception {
        Path vault = dir.resolve("vault");
        try (Services s = Services.open(vault, AccessMode.READ_WRITE, EncryptedVaultTest.secret())) {
            EncryptedVaultTest.fill(s, Files.createDirectories(dir.resolve("in")));
            s.vault().compact();
        }
        Path file = vault.resolve(VaultLocation.FILE_NAME);
        long pages = Files.size(file) / Vault.ENCRYPTED_PAGE_SIZE;
        assertThat(pages).isGreaterThan(2);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long at = (pages - 1) * Vault.ENCRYPTED_PAGE_SIZE + 100; // inside the last page, in use after the compaction
            raf.seek(at);
            int b = raf.read();
            raf.seek(at);
            raf.write(b ^ 0x01);
        }
        try (Services s = Services.open(vault, AccessMode.READ_WRITE, EncryptedVaultTest.secret())) {
            // The page's Poly1305 tag no longer checks: SQLite's integrity check cannot read it and verify says so.
            assertThat(s.verifier().verify()).extracting(IntegrityProbe.Problem::probe).contains("integrity");
        }
    }

    /** An encrypted vault made with 64 KiB pages gets the encrypted page size when its passphrase changes. */
    @Test
    void aChangedPassphraseRebuildsAnOlderEncryptedVaultWithSmallPages() throws Exception {
        Path vault = dir.resolve("vault");
        VaultKey key;
        try (Services s = Services.open(vault, AccessMode.READ_WRITE, EncryptedVaultTest.secret())) {
            EncryptedVaultTest.fill(s, Files.createDirectories(dir.resolve("in")));
            key = s.vault().key().copy();
        }
        Path file = vault.resolve(VaultLocation.FILE_NAME);
        Path large = dir.resolve("large-pages.sqlite");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file, VaultKeys.keyed(new java.util.Properties(), key));
             var st = c.createStatement()) {
            st.execute("PRAGMA page_size = " + Vault.PAGE_SIZE);
            st.execute("VACUUM INTO '" + large + "'");
        }
        key.destroy();
        Files.move(large, file, StandardCopyOption.REPLACE_EXISTING);
        try (Services s = Services.open(vault, AccessMode.READ_WRITE, EncryptedVaultTest.secret())) {
            assertThat((long) s.vault().<Long>read(c -> Jdbc.count(c, "PRAGMA page_size"))).isEqualTo(Vault.PAGE_SIZE);
        }

        assertThat(VaultRekey.changePassphrase(vault, EncryptedVaultTest.secret(), other())).isEqualTo(VaultRekey.Outcome.DONE);

        try (Services s = Services.open(vault, AccessMode.READ_WRITE, other())) {
            assertThat((long) s.vault().<Long>read(c -> Jdbc.count(c, "PRAGMA page_size"))).isEqualTo(Vault.ENCRYPTED_PAGE_SIZE);
            // The fixture's original is not a real PDF, so only the storage checks (integrity, checksums) apply.
            assertThat(s.verifier().verify()).noneMatch(p -> !p.probe().equals("pages"));
            assertThat(s.people().listForCase(s.cases().list().get(0).id())).extracting(p -> p.name())
                    .contains(EncryptedVaultTest.PERSON);
        }
        EncryptedVaultTest.assertNoClearWords(vault);
    }
}
