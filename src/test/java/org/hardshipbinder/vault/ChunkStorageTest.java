package org.hardshipbinder.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Original chunks live in an ordinary rowid table (a WITHOUT ROWID table made SQLite read whole 1 MiB chunks to compare
 * keys), a vault of schema 12 keeps its chunks when it moves over, and an encrypted vault's connections keep a larger
 * page cache than a plain one's.
 */
class ChunkStorageTest {

    private static final int BEFORE_ROWID_CHUNKS = 12;

    @TempDir
    Path dir;

    @Test
    void chunksOfAnOlderVaultMoveToARowidTableUnchanged() throws Exception {
        byte[] bytes = new byte[OriginalStore.CHUNK_SIZE + 777];
        new Random(11).nextBytes(bytes);
        Path vaultDir = Files.createDirectories(dir.resolve("vault"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + vaultDir.resolve(VaultLocation.FILE_NAME))) {
            c.setAutoCommit(false);
            Migrator.migrate(c, BEFORE_ROWID_CHUNKS, vaultDir);
            try (var st = c.createStatement()) {
                st.execute("INSERT INTO cases(id, kind, applicant, created_at) VALUES (1, 'I_601A', 'Ana Fictional', '2026-01-01T00:00:00Z')");
                st.execute("""
                        INSERT INTO originals(id, case_id, file_name, media_type, page_count, size_bytes, sha256, imported_at)
                        VALUES (5, 1, 'scan.pdf', 'PDF', 1, %d, 'x', '2026-01-02T00:00:00Z')""".formatted(bytes.length));
            }
            try (var ps = c.prepareStatement("INSERT INTO original_chunks(original_id, seq, data) VALUES (5, ?, ?)")) {
                ps.setInt(1, 1);
                ps.setBytes(2, Arrays.copyOfRange(bytes, OriginalStore.CHUNK_SIZE, bytes.length));
                ps.executeUpdate();
                ps.setInt(1, 0);
                ps.setBytes(2, Arrays.copyOf(bytes, OriginalStore.CHUNK_SIZE));
                ps.executeUpdate();
            }
            c.commit();
        }
        try (Vault vault = Vault.open(vaultDir, AccessMode.READ_WRITE)) {
            String sql = vault.read(c -> Jdbc.queryOne(c, "SELECT sql FROM sqlite_master WHERE name = 'original_chunks'",
                    rs -> rs.getString(1)).orElseThrow());
            assertThat(sql).doesNotContainIgnoringCase("without rowid");
            OriginalStore store = new OriginalStore(vault);
            assertThat(store.open(5).readAllBytes()).isEqualTo(bytes);
            long references = vault.read(c -> Jdbc.count(c, "SELECT count(*) FROM pragma_foreign_key_list('original_chunks')"));
            assertThat(references).isEqualTo(1);
            vault.write(c -> Jdbc.update(c, "DELETE FROM originals WHERE id = 5"));
            long left = vault.read(c -> Jdbc.count(c, "SELECT count(*) FROM original_chunks"));
            assertThat(left).isZero();
        }
    }

    @Test
    void anEncryptedVaultsConnectionsKeepALargerPageCache() {
        try (Vault plain = Vault.open(dir.resolve("plain"), AccessMode.READ_WRITE);
             Vault encrypted = Vault.open(dir.resolve("encrypted"), AccessMode.READ_WRITE,
                     Passphrase.of("a passphrase for the cache".toCharArray()))) {
            long plainCache = plain.read(c -> Jdbc.count(c, "PRAGMA cache_size"));
            long readerCache = encrypted.read(c -> Jdbc.count(c, "PRAGMA cache_size"));
            long writerCache = encrypted.write(c -> Jdbc.count(c, "PRAGMA cache_size"));
            assertThat(plainCache).isEqualTo(-2000);
            assertThat(readerCache).isEqualTo(-Vault.ENCRYPTED_CACHE_KIB);
            assertThat(writerCache).isEqualTo(-Vault.ENCRYPTED_CACHE_KIB);
        }
    }
}
