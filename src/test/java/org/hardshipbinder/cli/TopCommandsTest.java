package org.hardshipbinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run builds only the command it names; the root's options and their values are not taken for a command. */
class TopCommandsTest {

    @Test
    void findsTheCommandAfterTheRootsOptions() {
        assertThat(TopCommands.named(new String[] {"--vault", "import", "--lang", "es", "search", "--case", "1"}))
                .contains(SearchCommand.class);
        assertThat(TopCommands.named(new String[] {"--verbose", "import", "--case", "1", "a.pdf"}))
                .contains(ImportCommand.class);
        assertThat(TopCommands.named(new String[] {"--passphrase-file", "case", "case", "list"}))
                .contains(CaseCommand.class);
    }

    @Test
    void noCommandOrAnUnknownWordBuildsTheWholeCommandLine() {
        assertThat(TopCommands.named(new String[] {"--help"})).isEqualTo(Optional.empty());
        assertThat(TopCommands.named(new String[] {"imprt", "--case", "1"})).isEmpty();
        assertThat(TopCommands.isCommand("documents")).isTrue();
        assertThat(TopCommands.isCommand("letter.pdf")).isFalse();
    }

    @Test
    void aRunOfOneCommandTakesTheRootsOptionsAndExplainsAMistypedCommand(@TempDir Path vault) {
        CliRun created = CliRun.raw("case", "create", "--vault", vault.toString(), "--kind", "I-601A",
                "--applicant", "Ana Ruiz");
        assertThat(created.exitCode()).as(created.toString()).isZero();
        CliRun listed = CliRun.raw("--lang", "es", "--vault", vault.toString(), "case", "list");
        assertThat(listed.exitCode()).as(listed.toString()).isZero();
        assertThat(listed.out()).contains("Ana Ruiz");
        CliRun mistyped = CliRun.on(vault, "documnts", "--case", "1");
        assertThat(mistyped.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(mistyped.err()).contains("documents");
    }
}
