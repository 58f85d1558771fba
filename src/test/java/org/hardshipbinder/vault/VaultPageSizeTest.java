package org.hardshipbinder.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new plain vault is made with large pages (originals are 1 MiB chunks) and runs in WAL mode with synchronous
 * NORMAL; a new encrypted one with small pages (each page read is decrypted whole), a rollback journal and synchronous
 * FULL, and an encrypted vault made in WAL mode by an earlier version is switched when it is opened.
 */
class VaultPageSizeTest {

    private static final Passphrase SECRET = Passphrase.of("page size and journal".toCharArray());

    @TempDir
    Path dir;

    @Test
    void aNewVaultHasLargePagesAndWal() {
        try (Vault vault = Vault.open(dir, AccessMode.READ_WRITE)) {
            assertThat(pageSize(vault)).isEqualTo(Vault.PAGE_SIZE);
            assertThat(journalMode(vault)).isEqualToIgnoringCase("wal");
            assertThat((long) vault.<Long>write(c -> Jdbc.count(c, "PRAGMA synchronous"))).isEqualTo(1);
        }
        try (Vault reopened = Vault.open(dir, AccessMode.READ_WRITE)) {
            assertThat(pageSize(reopened)).isEqualTo(Vault.PAGE_SIZE);
        }
    }

    @Test
    void aNewEncryptedVaultHasSmallPagesAndARollbackJournalSyncedInFull() {
        try (Vault vault = Vault.open(dir, AccessMode.READ_WRITE, SECRET)) {
            assertThat(pageSize(vault)).isEqualTo(Vault.ENCRYPTED_PAGE_SIZE);
            assertThat(journalMode(vault)).isEqualToIgnoringCase("truncate");
            assertThat((long) vault.<Long>write(c -> Jdbc.count(c, "PRAGMA synchronous"))).isEqualTo(2);
        }
        assertThat(dir.resolve(VaultLocation.FILE_NAME + "-wal")).doesNotExist();
        try (Vault reopened = Vault.open(dir, AccessMode.READ_WRITE, SECRET)) {
            assertThat(pageSize(reopened)).isEqualTo(Vault.ENCRYPTED_PAGE_SIZE);
            assertThat(journalMode(reopened)).isEqualToIgnoringCase("truncate");
        }
    }

    @Test
    void anEncryptedVaultMadeInWalModeIsSwitchedToItsJournalWithItsRows() throws Exception {
        VaultKey key;
        try (Vault vault = Vault.open(dir, AccessMode.READ_WRITE, SECRET)) {
            key = vault.key().copy();
        }
        Path file = dir.resolve(VaultLocation.FILE_NAME);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, VaultKeys.keyed(new Properties(), key));
             var st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = WAL");
            st.execute("INSERT INTO cases(kind, applicant, created_at) VALUES ('I-601A', 'Wal Era', '2026-01-01')");
        }
        key.destroy();
        try (Vault vault = Vault.open(dir, AccessMode.READ_ONLY, SECRET)) {
            assertThat(journalMode(vault)).isEqualToIgnoringCase("wal");
        }
        try (Vault vault = Vault.open(dir, AccessMode.READ_WRITE, SECRET)) {
            assertThat(journalMode(vault)).isEqualToIgnoringCase("truncate");
            assertThat((long) vault.<Long>read(c -> Jdbc.count(c, "SELECT count(*) FROM cases WHERE applicant = 'Wal Era'"))).isEqualTo(1);
            assertThat(Files.exists(dir.resolve(VaultLocation.FILE_NAME + "-wal"))).isFalse();
        }
    }

    private static long pageSize(Vault vault) {
        return vault.read(c -> Jdbc.count(c, "PRAGMA page_size"));
    }

    /** The writer's journal mode (a rollback journal's mode is the writing connection's; WAL is the file's). */
    private static String journalMode(Vault vault) {
        SqlFunction<String> mode = c -> Jdbc.queryOne(c, "PRAGMA journal_mode", rs -> rs.getString(1)).orElseThrow();
        return vault.mode() == AccessMode.READ_ONLY ? vault.read(mode) : vault.write(mode);
    }
}
