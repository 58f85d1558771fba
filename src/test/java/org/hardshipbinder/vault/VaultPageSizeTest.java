package org.hardshipbinder.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** New vaults are made with large pages (originals are 1 MiB chunks) and still run in WAL mode. */
class VaultPageSizeTest {

    @TempDir
    Path dir;

    @Test
    void aNewVaultHasLargePagesAndWal() {
        try (Vault vault = Vault.open(dir, AccessMode.READ_WRITE)) {
            long pageSize = vault.read(c -> Jdbc.count(c, "PRAGMA page_size"));
            String journal = vault.read(c -> Jdbc.queryOne(c, "PRAGMA journal_mode", rs -> rs.getString(1)).orElseThrow());
            assertThat(pageSize).isEqualTo(Vault.PAGE_SIZE);
            assertThat(journal).isEqualToIgnoringCase("wal");
        }
        try (Vault reopened = Vault.open(dir, AccessMode.READ_WRITE)) {
            long pageSize = reopened.read(c -> Jdbc.count(c, "PRAGMA page_size"));
            assertThat(pageSize).isEqualTo(Vault.PAGE_SIZE);
        }
    }
}
