package org.hardshipbinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hardshipbinder.testdata.CaseGenerator;
import org.hardshipbinder.testdata.SampleCase;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.vault.Passphrase;
import org.hardshipbinder.wiring.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code case export} and {@code case import} end to end, from an encrypted vault to a plain one. */
class CaseTransferCommandTest {

    @TempDir
    Path dir;

    @Test
    void aCaseTravelsFromOneVaultToAnotherWithItsOwnPassphrase() throws Exception {
        Path vaultPassphrase = Files.writeString(dir.resolve("vault-pass.txt"), "vault secret\n");
        Path filePassphrase = Files.writeString(dir.resolve("file-pass.txt"), "for the attorney\n");
        Path source = dir.resolve("source");
        String applicant;
        try (Services s = Services.open(source, AccessMode.READ_WRITE, Passphrase.of("vault secret".toCharArray()),
                CaseGenerator.clock())) {
            Files.createDirectories(dir.resolve("work"));
            applicant = SampleCase.clean(new CaseGenerator(s, dir.resolve("work")), 9).applicant().name();
        }
        Path file = dir.resolve("out/ruiz.hbcase");
        CliRun export = CliRun.on(source, "case", "export", "--case", "1", "--out", file.toString(),
                "--passphrase-file", vaultPassphrase.toString(), "--export-passphrase-file", filePassphrase.toString());
        assertThat(export.exitCode()).as(export.toString()).isZero();
        assertThat(export.out()).contains("Case 1 exported to " + file);
        assertThat(file).exists();

        Path target = dir.resolve("target");
        assertThat(CliRun.on(target, "case", "create", "--kind", "parole", "--applicant", "Luis Otro").exitCode()).isZero();
        CliRun wrong = CliRun.on(target, "case", "import", file.toString(), "--passphrase-file", vaultPassphrase.toString());
        assertThat(wrong.exitCode()).as(wrong.toString()).isEqualTo(ExitCodes.CANNOT_RUN);
        assertThat(wrong.err()).contains("The passphrase does not open the case file ruiz.hbcase");

        CliRun imported = CliRun.on(target, "case", "import", file.toString(), "--passphrase-file", filePassphrase.toString());
        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        assertThat(imported.out().strip()).isEqualTo("2");
        CliRun list = CliRun.on(target, "case", "list");
        assertThat(list.out()).contains("Luis Otro", applicant);

        CliRun foreign = CliRun.on(target, "--lang", "es", "case", "import", source.resolve("vault.sqlite").toString(),
                "--passphrase-file", filePassphrase.toString());
        assertThat(foreign.exitCode()).isEqualTo(ExitCodes.CANNOT_RUN);
        assertThat(foreign.err()).contains("no es un archivo de caso exportado por Hardship Binder");
        CliRun missing = CliRun.on(target, "case", "export", "--case", "42", "--out", dir.resolve("x").toString(),
                "--passphrase-file", filePassphrase.toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.CANNOT_RUN);
        assertThat(missing.err()).contains("There is no case 42 in this vault.");
    }
}
