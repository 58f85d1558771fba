package org.hardshipbinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adding a person who cannot be a qualifying relative for the case's kind says so right away. */
class PersonAddWarningTest {

    @TempDir
    Path vault;

    @Test
    void aChildOfAnI601aApplicantIsFlaggedASpouseIsNot() {
        CliRun.on(vault, "case", "create", "--kind", "I-601A", "--applicant", "Ana Ruiz");
        CliRun child = CliRun.on(vault, "person", "add", "--case", "1", "--name", "Sofía Pérez", "--role", "qr",
                "--relation", "hija", "--status", "USC");
        assertThat(child.exitCode()).isZero();
        assertThat(child.out().strip()).isEqualTo("1");
        assertThat(child.err()).contains("QR_NOT_QUALIFYING").contains("Sofía Pérez");

        CliRun spouse = CliRun.on(vault, "person", "add", "--case", "1", "--name", "Luis Pérez", "--role", "qr",
                "--relation", "esposo", "--status", "LPR");
        assertThat(spouse.exitCode()).isZero();
        assertThat(spouse.err()).isEmpty();
    }
}
