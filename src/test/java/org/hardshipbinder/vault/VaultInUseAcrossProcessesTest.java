package org.hardshipbinder.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.wiring.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock is an OS file lock, so it holds against another process, and dies with it. */
class VaultInUseAcrossProcessesTest {

    @TempDir
    Path dir;

    @Test
    void anotherProcessHoldingTheVaultMakesWritersWaitForNothingButAllowsReaders() throws Exception {
        try (Services setup = Services.open(dir, AccessMode.READ_WRITE)) {
            setup.cases().create(CaseKind.I_601A, "Ana", null);
        }
        Process holder = HoldVaultOpen.start(dir);
        try {
            assertThatThrownBy(() -> Vault.open(dir, AccessMode.READ_WRITE)).isInstanceOf(VaultInUseException.class);
            try (Services reader = Services.open(dir, AccessMode.READ_ONLY)) {
                assertThat(reader.cases().list()).hasSize(1);
                assertThat(reader.verifier().verify()).isEmpty();
            }
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
        // A killed holder leaves no stale lock behind.
        try (Services again = Services.open(dir, AccessMode.READ_WRITE)) {
            assertThat(again.cases().list()).hasSize(1);
        }
    }
}
