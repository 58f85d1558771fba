package org.hardshipbinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on an encrypted vault: create, read, wrong passphrase, encrypt, change the passphrase. */
class VaultCommandTest {

    @TempDir
    Path dir;

    private Path passphrase(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text + "\n");
    }

    @Test
    void aVaultCreatedWithAPassphraseIsEncryptedAndAWrongOneExitsTwoWithASentence() throws Exception {
        Path vault = dir.resolve("vault");
        String good = passphrase("good.txt", "purple elephants dance at noon").toString();
        CliRun created = CliRun.on(vault, "--passphrase-file", good, "case", "create", "--kind", "I-601A", "--applicant", "Mirela Kowalczyk");
        assertThat(created.exitCode()).as(created.toString()).isZero();
        String bytes = new String(Files.readAllBytes(vault.resolve("vault.sqlite")), StandardCharsets.ISO_8859_1);
        assertThat(bytes).doesNotContain("Kowalczyk").doesNotContain("SQLite format");

        CliRun wrong = CliRun.on(vault, "--passphrase-file", passphrase("bad.txt", "green").toString(), "case", "list");
        assertThat(wrong.exitCode()).isEqualTo(ExitCodes.CANNOT_RUN);
        assertThat(wrong.err()).contains("passphrase does not open").doesNotContain("green");
        CliRun none = CliRun.on(vault, "case", "list");
        assertThat(none.exitCode()).isEqualTo(ExitCodes.CANNOT_RUN);
        assertThat(none.err()).contains("is encrypted");

        assertThat(CliRun.on(vault, "--passphrase-file", good, "case", "list").out()).contains("Mirela Kowalczyk");
    }

    @Test
    void encryptThenChangeThePassphrase() throws Exception {
        Path vault = dir.resolve("vault");
        assertThat(CliRun.on(vault, "case", "create", "--kind", "I-601A", "--applicant", "Mirela Kowalczyk").exitCode()).isZero();
        String first = passphrase("first.txt", "first passphrase here").toString();
        String second = passphrase("second.txt", "second passphrase here").toString();

        CliRun encrypt = CliRun.on(vault, "--passphrase-file", first, "vault", "encrypt");
        assertThat(encrypt.exitCode()).as(encrypt.toString()).isZero();
        assertThat(CliRun.on(vault, "--passphrase-file", first, "vault", "encrypt").exitCode()).isEqualTo(ExitCodes.CANNOT_RUN);

        CliRun change = CliRun.on(vault, "--passphrase-file", first, "vault", "passphrase", "--new-passphrase-file", second);
        assertThat(change.exitCode()).as(change.toString()).isZero();
        assertThat(CliRun.on(vault, "--passphrase-file", first, "case", "list").exitCode()).isEqualTo(ExitCodes.CANNOT_RUN);
        assertThat(CliRun.on(vault, "--passphrase-file", second, "case", "list").out()).contains("Mirela Kowalczyk");
        assertThat(CliRun.on(vault, "--passphrase-file", second, "verify").exitCode()).isZero();

        Path backup = dir.resolve("copy.sqlite");
        assertThat(CliRun.on(vault, "--passphrase-file", second, "backup", "--out", backup.toString()).exitCode()).isZero();
        assertThat(new String(Files.readAllBytes(backup), StandardCharsets.ISO_8859_1)).doesNotContain("Kowalczyk");
    }
}
