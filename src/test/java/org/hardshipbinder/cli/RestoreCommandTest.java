package org.hardshipbinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.wiring.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code restore --from BACKUP} on the command line: the round trip, a refusal, the vault held open, encrypted backups. */
class RestoreCommandTest {

    @TempDir
    Path dir;

    @Test
    void aBackupIsRestoredAndBadInputIsRefusedWithASentence() throws Exception {
        Path vault = dir.resolve("vault");
        assertThat(CliRun.on(vault, "case", "create", "--kind", "I-601A", "--applicant", "Rosalind Firstcase").exitCode()).isZero();
        Path backup = dir.resolve("copies").resolve("monday.sqlite");
        assertThat(CliRun.on(vault, "backup", "--out", backup.toString()).exitCode()).isZero();
        assertThat(CliRun.on(vault, "case", "create", "--kind", "I-601A", "--applicant", "Ignatius Secondcase").exitCode()).isZero();

        CliRun restored = CliRun.on(vault, "restore", "--from", backup.toString());
        assertThat(restored.exitCode()).as(restored.toString()).isZero();
        assertThat(restored.out()).contains("was restored from", "is kept in", "not encrypted");
        String cases = CliRun.on(vault, "case", "list").out();
        assertThat(cases).contains("Rosalind Firstcase").doesNotContain("Ignatius Secondcase");
        assertThat(CliRun.on(vault, "verify").exitCode()).isZero();

        Path notABackup = Files.writeString(dir.resolve("letter.pdf"), "%PDF-1.4 not a vault");
        CliRun refused = CliRun.on(vault, "restore", "--from", notABackup.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.CANNOT_RUN);
        assertThat(refused.err()).contains("is not a Hardship Binder backup", "Nothing was changed");
        CliRun spanish = CliRun.on(vault, "--lang", "es", "restore", "--from", notABackup.toString());
        assertThat(spanish.err()).contains("no es una copia de seguridad de Hardship Binder");

        try (Services open = Services.open(vault, AccessMode.READ_WRITE)) {
            CliRun inUse = CliRun.on(vault, "restore", "--from", backup.toString());
            assertThat(inUse.exitCode()).isEqualTo(ExitCodes.CANNOT_RUN);
            assertThat(inUse.err()).contains("in use by another window");
        }
        assertThat(CliRun.on(vault, "case", "list").out()).contains("Rosalind Firstcase");
    }

    @Test
    void anEncryptedBackupIsRestoredWithThePassphraseItWasMadeWith() throws Exception {
        Path vault = dir.resolve("vault");
        String first = Files.writeString(dir.resolve("first.txt"), "first passphrase here\n").toString();
        String second = Files.writeString(dir.resolve("second.txt"), "second passphrase here\n").toString();
        assertThat(CliRun.on(vault, "--passphrase-file", first, "case", "create", "--kind", "I-601A", "--applicant",
                "Rosalind Firstcase").exitCode()).isZero();
        Path backup = dir.resolve("monday.sqlite");
        assertThat(CliRun.on(vault, "--passphrase-file", first, "backup", "--out", backup.toString()).exitCode()).isZero();
        assertThat(CliRun.on(vault, "--passphrase-file", first, "vault", "passphrase", "--new-passphrase-file", second).exitCode()).isZero();

        CliRun wrong = CliRun.on(vault, "--passphrase-file", second, "restore", "--from", backup.toString());
        assertThat(wrong.exitCode()).isEqualTo(ExitCodes.CANNOT_RUN);
        assertThat(wrong.err()).contains("does not open the backup");

        CliRun restored = CliRun.on(vault, "--passphrase-file", second, "restore", "--from", backup.toString(),
                "--backup-passphrase-file", first);
        assertThat(restored.exitCode()).as(restored.toString()).isZero();
        assertThat(restored.out()).contains("is encrypted");
        assertThat(CliRun.on(vault, "--passphrase-file", first, "case", "list").out()).contains("Rosalind Firstcase");
    }

    @Test
    void theHelpComesFromTheBundles() {
        CliRun help = CliRun.raw("restore", "--help");
        assertThat(help.out()).contains("--from=BACKUP", "Replace the vault with a backup", "--backup-passphrase-file");
    }
}
