package org.hardshipbinder.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a killed process (or an older version of the app) left in the vault's tmp/ is gone when it opens again. */
class ScratchLeftoversTest {

    @TempDir
    Path dir;

    @Test
    void openingForWritingEmptiesTheScratchFolderAndAnEncryptedVaultSealsItsSpills() throws Exception {
        Path vault = dir.resolve("vault");
        try (Vault v = Vault.open(vault, AccessMode.READ_WRITE, VaultKind.ENCRYPTED.passphrase())) {
            Path scratch = v.scratchDirectory();
            Files.writeString(scratch.resolve("original-3-123.pdf"), "left in clear by an older version");
            Files.createDirectories(scratch.resolve("sample-9")).resolve("scan.png").toFile().createNewFile();
            assertThat(v.scratch().sealed()).isTrue();
        }
        try (Vault v = Vault.open(vault, AccessMode.READ_WRITE, VaultKind.ENCRYPTED.passphrase())) {
            try (var left = Files.list(v.scratchDirectory())) {
                assertThat(left).isEmpty();
            }
        }
        try (Vault plain = Vault.open(dir.resolve("plain"), AccessMode.READ_WRITE)) {
            assertThat(plain.scratch().sealed()).isFalse();
        }
    }
}
