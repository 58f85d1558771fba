package org.hardshipbinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hardshipbinder.testdata.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The binder commands end to end on a real vault: plan, settings, edit, build. */
class BinderCommandTest {

    @TempDir
    Path dir;

    private String lastOut;
    private String lastErr;

    private int run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--vault";
        all[1] = dir.resolve("vault").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = Cli.run(Cli.context(new PrintWriter(out), new PrintWriter(err)), all);
        lastOut = out.toString();
        lastErr = err.toString();
        return code;
    }

    private static Path corpus(String relative) {
        return TestCorpus.file(relative);
    }

    @Test
    void buildsABinderWithIndexAndEditsThePlan() throws Exception {
        assertThat(run("case", "create", "--kind", "I-601A", "--applicant", "Ana Ruiz")).isZero();
        assertThat(run("import", "--case", "1", "--no-ocr", corpus("malformed/qpdf_11-pages-with-labels.pdf").toString(),
                corpus("paperless/simple.jpg").toString())).isZero();
        assertThat(run("binder", "plan", "--case", "1")).isZero();
        assertThat(lastOut).contains("[other] Other evidence", "1\tA\tincluded\tdocument 1", "2\tB\tincluded\tdocument 2");
        assertThat(run("binder", "settings", "--case", "1", "--labels", "numbers", "--bates", "RUIZ", "--preparer", "Ana Ruiz"))
                .isZero();
        assertThat(run("binder", "edit", "--case", "1", "--exclude", "1")).isZero();
        assertThat(run("binder", "edit", "--case", "1", "--add-statement", "--section", "relationship_proof",
                "--title-text", "Birth record — not available", "--text", "The registry burned in 1990.")).isZero();
        assertThat(run("binder", "edit", "--case", "1", "--exclude", "99")).isEqualTo(ExitCodes.USAGE);
        assertThat(lastErr).contains("There is no exhibit 99");
        assertThat(run("binder", "plan", "--case", "1", "--json")).isZero();
        assertThat(lastOut).contains("\"label_scheme\" : \"numbers\"", "\"bates_prefix\" : \"RUIZ\"");

        Path out = dir.resolve("binder.pdf");
        assertThat(run("binder", "--case", "1", "--out", out.toString(), "--index-out", dir.resolve("index.pdf").toString()))
                .isZero();
        assertThat(lastOut).contains("wrote " + out, "wrote exhibit index", "2 exhibits, 4 numbered binder pages, 1 file(s)");
        assertThat(Files.size(out)).isPositive();
    }

    @Test
    void missingOutIsAUsageErrorAndAnEmptyCaseIsReported() {
        assertThat(run("case", "create", "--kind", "parole", "--applicant", "Luis")).isZero();
        assertThat(run("binder", "--case", "1")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("binder", "--case", "1", "--out", dir.resolve("x.pdf").toString()))
                .isEqualTo(ExitCodes.FINISHED_WITH_PROBLEMS);
        assertThat(lastErr).contains("nothing to put in a binder");
    }
}
