package org.hardshipbinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.hardshipbinder.vault.HoldVaultOpen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With another process holding the vault, writing commands say it is in use (exit 2) and reading ones still work. */
class VaultInUseCliTest {

    @TempDir
    Path vault;

    @Test
    void writersGetInUseAndReadersRunBeside() throws Exception {
        assertThat(CliRun.on(vault, "case", "create", "--kind", "I-601A", "--applicant", "Ana").exitCode()).isZero();
        Process holder = HoldVaultOpen.start(vault);
        try {
            CliRun write = CliRun.on(vault, "case", "create", "--kind", "I-601", "--applicant", "Luis");
            assertThat(write.exitCode()).as(write.toString()).isEqualTo(ExitCodes.CANNOT_RUN);
            assertThat(write.err()).contains("in use by another window");

            CliRun read = CliRun.on(vault, "case", "list");
            assertThat(read.exitCode()).as(read.toString()).isZero();
            assertThat(read.outLines()).containsExactly("1\tI-601A\tAna\t");
            assertThat(CliRun.on(vault, "verify").exitCode()).isZero();
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(20, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
        assertThat(holder.exitValue()).isZero();
        assertThat(CliRun.on(vault, "case", "create", "--kind", "I-601", "--applicant", "Luis").exitCode()).isZero();
    }
}
