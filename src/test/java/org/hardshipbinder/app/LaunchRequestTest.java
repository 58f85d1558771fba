package org.hardshipbinder.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hardshipbinder.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which arguments open the window (and on which vault, with which files) and which run a command. */
class LaunchRequestTest {

    @TempDir
    Path dir;

    @Test
    void aVaultWithoutACommandOpensTheWindowOnIt() {
        var request = LaunchRequest.parse(new String[] {"--vault", dir.toString()}, Cli::isCommand);
        assertThat(request).isPresent();
        assertThat(request.get().vault()).isEqualTo(dir);
        assertThat(request.get().files()).isEmpty();
        assertThat(LaunchRequest.parse(new String[0], Cli::isCommand)).isPresent();
        assertThat(LaunchRequest.parse(new String[] {"--vault=" + dir}, Cli::isCommand).orElseThrow().vault()).isEqualTo(dir);
    }

    @Test
    void filesGivenToTheLauncherAreOfferedForImport() throws Exception {
        Path scan = Files.writeString(dir.resolve("scan.pdf"), "%PDF-1.4");
        var request = LaunchRequest.parse(new String[] {"--vault", dir.toString(), scan.toString()}, Cli::isCommand);
        assertThat(request.orElseThrow().files()).containsExactly(scan.toAbsolutePath());
    }

    @Test
    void commandsOptionsAndMissingFilesGoToTheCommandLine() {
        assertThat(LaunchRequest.parse(new String[] {"--vault", dir.toString(), "case", "list"}, Cli::isCommand)).isEmpty();
        assertThat(LaunchRequest.parse(new String[] {"--help"}, Cli::isCommand)).isEmpty();
        assertThat(LaunchRequest.parse(new String[] {"import"}, Cli::isCommand)).isEmpty();
        assertThat(LaunchRequest.parse(new String[] {dir.resolve("no-such-file.pdf").toString()}, Cli::isCommand)).isEmpty();
    }
}
