package org.hardshipbinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.hardshipbinder.testdata.TestCorpus;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.vault.Jdbc;
import org.hardshipbinder.vault.VaultLocation;
import org.hardshipbinder.wiring.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command-line contract, run in-process: output lines, JSON shapes and exit codes. */
class CliCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path vault() {
        return dir.resolve("vault");
    }

    private static Path corpus(String name) {
        return TestCorpus.file(name);
    }

    @Test
    void caseCreateAndListInTextAndJson() throws Exception {
        CliRun created = CliRun.on(vault(), "case", "create", "--kind", "I-601A", "--applicant", " María López ", "--title", "López family");
        assertThat(created.exitCode()).as(created.toString()).isZero();
        assertThat(created.out().strip()).isEqualTo("1");
        assertThat(CliRun.on(vault(), "case", "create", "--kind", "parole", "--applicant", "Beneficiary").out().strip()).isEqualTo("2");

        CliRun list = CliRun.on(vault(), "case", "list");
        assertThat(list.exitCode()).isZero();
        assertThat(list.outLines()).containsExactly("1\tI-601A\tMaría López\tLópez family", "2\tparole\tBeneficiary\t");

        CliRun json = CliRun.on(vault(), "case", "list", "--json");
        assertThat(json.exitCode()).isZero();
        JsonNode root = JSON.readTree(json.out());
        assertThat(root.fieldNames()).toIterable().containsExactly("cases");
        JsonNode first = root.get("cases").get(0);
        assertThat(first.get("id").isIntegralNumber()).isTrue();
        assertThat(first.get("id").asLong()).isEqualTo(1);
        assertThat(first.get("kind").asText()).isEqualTo("I-601A");
        assertThat(first.get("applicant").asText()).isEqualTo("María López");
        assertThat(first.get("title").asText()).isEqualTo("López family");
        assertThat(root.get("cases").get(1).get("title").isNull()).isTrue();
        assertSnakeCase(root);
    }

    @Test
    void badCaseKindsAndMissingOptionsAreUsageErrors() {
        CliRun badKind = CliRun.on(vault(), "case", "create", "--kind", "I-485", "--applicant", "X");
        assertThat(badKind.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badKind.err()).contains("unknown kind 'I-485'").contains("I-601A");
        CliRun missing = CliRun.on(vault(), "case", "create", "--kind", "I-601A");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("--applicant");
        assertThat(CliRun.on(vault(), "case", "create", "--kind", "I-601A", "--applicant", "  ").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.on(vault(), "no-such-command").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void personAddChecksRoleStatusDateAndCase() {
        CliRun.on(vault(), "case", "create", "--kind", "212h", "--applicant", "José");
        CliRun added = CliRun.on(vault(), "person", "add", "--case", "1", "--name", "Ana", "--role", "qr",
                "--relation", "spouse", "--status", "USC", "--born", "1985-02-28");
        assertThat(added.exitCode()).as(added.toString()).isZero();
        assertThat(added.out().strip()).isEqualTo("1");

        CliRun badRole = CliRun.on(vault(), "person", "add", "--case", "1", "--name", "Ana", "--role", "cousin");
        assertThat(badRole.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badRole.err()).contains("unknown role 'cousin'").contains("applicant, qr, child");
        CliRun badStatus = CliRun.on(vault(), "person", "add", "--case", "1", "--name", "Ana", "--role", "qr", "--status", "citizen");
        assertThat(badStatus.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badStatus.err()).contains("USC, LPR or OTHER");
        CliRun badDate = CliRun.on(vault(), "person", "add", "--case", "1", "--name", "Ana", "--role", "qr", "--born", "28/02/1985");
        assertThat(badDate.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badDate.err()).contains("YYYY-MM-DD");
        CliRun noCase = CliRun.on(vault(), "person", "add", "--case", "9", "--name", "Ana", "--role", "qr");
        assertThat(noCase.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noCase.err()).contains("no case 9");

        try (Services s = Services.open(vault(), AccessMode.READ_ONLY)) {
            assertThat(s.people().listForCase(1)).singleElement().satisfies(p -> assertThat(p.relation()).isEqualTo("spouse"));
        }
    }

    @Test
    void importPrintsOneLinePerFileAndExitsThreeWhenAnyIsRejected() throws Exception {
        CliRun.on(vault(), "case", "create", "--kind", "I-601A", "--applicant", "Ana");
        Path tiff = corpus("paperless/multi-page-images.tiff");
        Path zip = corpus("synthetic/zip_renamed_as.pdf");
        CliRun mixed = CliRun.on(vault(), "import", "--case", "1", "--no-ocr", tiff.toString(), zip.toString());
        assertThat(mixed.exitCode()).as(mixed.toString()).isEqualTo(ExitCodes.FINISHED_WITH_PROBLEMS);
        assertThat(mixed.outLines()).containsExactly("imported 1 3 pages " + tiff,
                "rejected " + zip + ": this is a ZIP archive, not a document. Unpack it and import the files inside.");

        CliRun clean = CliRun.on(vault(), "import", "--case", "1", "--no-ocr", "--password", "user",
                corpus("malformed/qpdf_20-pages.pdf").toString());
        assertThat(clean.exitCode()).as(clean.toString()).isZero();
        assertThat(clean.outLines()).containsExactly("imported 2 20 pages " + corpus("malformed/qpdf_20-pages.pdf"));

        CliRun duplicate = CliRun.on(vault(), "import", "--case", "1", tiff.toString());
        assertThat(duplicate.exitCode()).isEqualTo(ExitCodes.FINISHED_WITH_PROBLEMS);
        assertThat(duplicate.out()).contains("rejected " + tiff + ": already imported as document 1");

        CliRun noCase = CliRun.on(vault(), "import", "--case", "5", tiff.toString());
        assertThat(noCase.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noCase.err()).contains("no case 5");
        assertThat(CliRun.on(vault(), "import", "--case", "1").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void documentsJsonIsSnakeCaseWithNumericIds() throws Exception {
        CliRun.on(vault(), "case", "create", "--kind", "I-601A", "--applicant", "Ana");
        CliRun.on(vault(), "import", "--case", "1", "--no-ocr", corpus("paperless/multi-page-digital.pdf").toString(),
                corpus("tesseract_js/simple-90.jpg").toString());

        CliRun json = CliRun.on(vault(), "documents", "--case", "1", "--json");
        assertThat(json.exitCode()).as(json.toString()).isZero();
        JsonNode root = JSON.readTree(json.out());
        assertThat(root.fieldNames()).toIterable().containsExactly("documents");
        JsonNode docs = root.get("documents");
        assertThat(docs).hasSize(2);
        JsonNode pdf = docs.get(0);
        assertThat(pdf.get("id").isIntegralNumber()).isTrue();
        assertThat(pdf.get("id").asLong()).isEqualTo(1);
        assertThat(pdf.get("file").asText()).isEqualTo("multi-page-digital.pdf");
        assertThat(pdf.get("pages").isIntegralNumber()).isTrue();
        assertThat(pdf.get("pages").asInt()).isEqualTo(3);
        assertThat(pdf.get("status").asText()).isEqualTo("ocr_queued");
        assertThat(pdf.get("media_type").asText()).isEqualTo("application/pdf");
        assertThat(pdf.get("sha256").asText()).hasSize(64);
        assertThat(pdf.has("translation_of")).isTrue();
        assertThat(pdf.get("translation_of").isNull()).isTrue();
        assertThat(docs.get(1).get("media_type").asText()).isEqualTo("image/jpeg");
        assertSnakeCase(root);

        CliRun text = CliRun.on(vault(), "documents", "--case", "1");
        assertThat(text.outLines()).hasSize(3);
        assertThat(text.outLines().get(0)).startsWith("id\tfile\tpages\tstatus");
        assertThat(text.outLines().get(1)).startsWith("1\tmulti-page-digital.pdf\t3\tocr_queued");
    }

    @Test
    void verifySaysOkThenNamesADamagedDocument() throws Exception {
        CliRun.on(vault(), "case", "create", "--kind", "I-601A", "--applicant", "Ana");
        CliRun.on(vault(), "import", "--case", "1", corpus("paperless/simple.png").toString());
        CliRun ok = CliRun.on(vault(), "verify");
        assertThat(ok.exitCode()).as(ok.toString()).isZero();
        assertThat(ok.out()).contains("ok");

        try (Services s = Services.open(vault(), AccessMode.READ_WRITE)) {
            s.vault().write(c -> Jdbc.update(c,
                    "UPDATE original_chunks SET data = zeroblob(length(data)) WHERE original_id = 1 AND seq = 0"));
        }
        CliRun damaged = CliRun.on(vault(), "verify");
        assertThat(damaged.exitCode()).isEqualTo(ExitCodes.FINISHED_WITH_PROBLEMS);
        assertThat(damaged.out()).contains("document 1 (simple.png)").contains("damaged");
    }

    @Test
    void backupWritesAVaultThatOpens() throws Exception {
        CliRun.on(vault(), "case", "create", "--kind", "I-601A", "--applicant", "Ana");
        Path out = dir.resolve("backups").resolve("copy.sqlite");
        CliRun backup = CliRun.on(vault(), "backup", "--out", out.toString());
        assertThat(backup.exitCode()).as(backup.toString()).isZero();
        assertThat(backup.out()).contains(out.toString());

        Path restored = Files.createDirectories(dir.resolve("restored"));
        Files.copy(out, restored.resolve(VaultLocation.FILE_NAME));
        CliRun list = CliRun.on(restored, "case", "list");
        assertThat(list.outLines()).containsExactly("1\tI-601A\tAna\t");
        assertThat(CliRun.on(restored, "verify").exitCode()).isZero();
    }

    @Test
    void readCommandsOnAFolderWithoutAVaultCannotRunAndCreateNothing() {
        Path nowhere = dir.resolve("typo");
        List<String[]> reads = List.of(new String[] {"case", "list"}, new String[] {"documents", "--case", "1"},
                new String[] {"verify"}, new String[] {"backup", "--out", dir.resolve("b.sqlite").toString()});
        for (String[] args : reads) {
            CliRun run = CliRun.on(nowhere, args);
            assertThat(run.exitCode()).as(String.join(" ", args) + "\n" + run).isEqualTo(ExitCodes.CANNOT_RUN);
            assertThat(run.err()).contains("There is no vault in " + nowhere);
        }
        assertThat(nowhere).doesNotExist();
    }

    @Test
    void helpOnEveryCommandExitsZeroAndDescribesIt() {
        List<List<String>> paths = new ArrayList<>();
        collect(Cli.commandLine(Cli.context(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))),
                new ArrayList<>(), paths);
        assertThat(paths).extracting(p -> String.join(" ", p))
                .contains("", "case", "case create", "case list", "person", "person add", "import", "documents", "verify", "backup");
        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            CliRun help = CliRun.raw(args.toArray(String[]::new));
            assertThat(help.exitCode()).as(args + "\n" + help).isZero();
            assertThat(help.out()).as(String.join(" ", args)).contains("Usage: hardship-binder");
        }
        assertThat(CliRun.raw("--help").out()).contains("Exit codes:").contains("import");
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> into) {
        into.add(List.copyOf(path));
        command.getSubcommands().forEach((name, sub) -> {
            if (!name.equals(sub.getCommandName())) {
                return; // an alias of a command already listed
            }
            List<String> next = new ArrayList<>(path);
            next.add(name);
            collect(sub, next, into);
        });
    }

    private static void assertSnakeCase(JsonNode node) {
        if (node.isObject()) {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                assertThat(name).matches("[a-z][a-z0-9_]*");
                assertSnakeCase(node.get(name));
            }
        } else if (node.isArray()) {
            node.forEach(CliCommandsTest::assertSnakeCase);
        }
    }
}
