package org.hardshipbinder.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hardshipbinder.app.Launcher;
import org.hardshipbinder.testdata.TestCorpus;
import org.hardshipbinder.vault.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real launcher in a child process imports damaged PDFs that make PDFBox log SEVERE records with stack traces:
 * the terminal shows only the command's own lines, the log file gets the library's records, and --verbose shows
 * them on the terminal too.
 */
class QuietTerminalTest {

    private static final List<String> DAMAGED = List.of("malformed/qpdf_issue-146.pdf", "malformed/pdfjs_Pages-tree-refs.pdf",
            "ocrmypdf/invalid.pdf", "malformed/qpdf_pages-loop.pdf");

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    private Run launch(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--vault", dir.resolve("vault").toString()));
        all.addAll(List.of(args));
        ProcessBuilder builder = ChildJvm.builder(List.of(), Launcher.class, all.toArray(String[]::new));
        builder.environment().put(LogFolder.ENV_VARIABLE, dir.resolve("logs").toString());
        builder.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), read(dir.resolve("out.txt")), read(dir.resolve("err.txt")));
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private String[] importDamaged(String... options) {
        List<String> args = new ArrayList<>(List.of(options));
        args.addAll(List.of("import", "--case", "1", "--no-ocr"));
        DAMAGED.forEach(name -> args.add(TestCorpus.file(name).toString()));
        return args.toArray(String[]::new);
    }

    @Test
    void libraryLogLinesGoToTheLogFileNotTheTerminal() throws Exception {
        assertThat(launch("case", "create", "--kind", "I-601A", "--applicant", "Ana Ruiz").exitCode()).isZero();

        Run quiet = launch(importDamaged());
        assertThat(quiet.out()).contains("imported 1 1 pages", "rejected");
        assertThat(quiet.err()).doesNotContain("SEVERE", "WARNING", "Exception", "\tat ", "org.apache");
        Path log = dir.resolve("logs").resolve(AppLogging.CURRENT_FILE);
        assertThat(read(log)).contains("SEVERE org.apache.pdfbox", "WARNING org.apache.pdfbox");

        Run verbose = launch(importDamaged("--verbose"));
        assertThat(verbose.err()).contains("org.apache.pdfbox");
    }

    @Test
    void helpNamesTheLogFile() throws Exception {
        Run help = launch("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains(dir.resolve("logs").resolve(AppLogging.CURRENT_FILE).toString(), "--verbose");
    }
}
