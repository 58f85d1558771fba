package org.hardshipbinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.hardshipbinder.model.PageText;
import org.hardshipbinder.model.TextOrigin;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.wiring.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The factor commands end to end, through the same entry point as the jar. */
class FactorCommandsTest {

    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--vault";
        all[1] = tmp.resolve("vault").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = Cli.run(Cli.context(new PrintWriter(out), new PrintWriter(err)), all);
        return new Run(code, out.toString().strip(), err.toString().strip());
    }

    private Path pdf(String name, int pages) throws IOException {
        Path file = tmp.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new PDPage());
            }
            doc.save(file.toFile());
        }
        return file;
    }

    @Test
    void tagSuggestCoverageAndDocumentSetWorkFromTheCommandLine() throws IOException {
        assertThat(run("case", "create", "--kind", "I-601A", "--applicant", "Carlos Pérez").out()).isEqualTo("1");
        Run warned = run("factor", "list", "--case", "1");
        assertThat(warned.out()).startsWith("medical\tMedical and health conditions").contains("NO_QUALIFYING_RELATIVE");
        assertThat(run("person", "add", "--case", "1", "--name", "Ana María López García", "--role", "qr",
                "--relation", "Esposa", "--status", "USC").out()).isEqualTo("1");
        assertThat(run("person", "add", "--case", "1", "--name", "Sofía Pérez", "--role", "child", "--relation", "hija",
                "--status", "USC").out()).isEqualTo("2");
        assertThat(run("import", "--case", "1", "--no-ocr", pdf("a.pdf", 1).toString(), pdf("b.pdf", 2).toString()).code()).isZero();
        try (Services s = Services.open(tmp.resolve("vault"), AccessMode.READ_WRITE)) {
            long page = s.pages().listForDocument(1).get(0).id();
            s.pageTexts().save(new PageText(page, """
                    Date: March 3, 2025
                    To whom it may concern: Ana Lopez is my patient. She has type 2 diabetes and hypertension, takes
                    insulin twice a day and was hospitalized twice this year. Robert Klein, M.D.""",
                    TextOrigin.OCR, "test", "en", 91.0, List.of()));
        }

        Run tagChild = run("tag", "--doc", "2", "--factor", "education", "--person", "2");
        assertThat(tagChild.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(tagChild.err()).contains("Sofía Pérez is not a qualifying relative");
        assertThat(run("tag", "--doc", "2", "--factor", "urgency").err()).contains("belongs to another kind of request");
        assertThat(run("tag", "--doc", "2", "--factor", "financial", "--person", "1", "--scenario", "separation").out())
                .isEqualTo("1");
        assertThat(run("tag", "--doc", "2", "--factor", "financial", "--scenario", "sideways").code()).isEqualTo(ExitCodes.USAGE);

        assertThat(run("document", "set", "2", "--type", "payslip").err()).contains("There is no evidence type payslip");
        assertThat(run("document", "set", "2", "--language", "spanish").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("document", "set", "2", "--translation-of", "2").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("document", "set", "2", "--type", "pay_stub", "--date", "2025-01-31", "--source", "third_party",
                "--author", "Sunbelt Roofing", "--language", "en", "--person", "1").code()).isZero();

        Run suggestions = run("suggest", "--case", "1");
        assertThat(suggestions.out()).contains("1:factor:medical:1").contains("matched:").contains("insulin")
                .contains("1:date:2025-03-03").contains("1:person:1:1");
        assertThat(run("suggest", "--case", "1", "--reject", "1:evidence_type:physician_letter").code()).isZero();
        assertThat(run("suggest", "--case", "1", "--reject", "9:nothing").code()).isEqualTo(ExitCodes.USAGE);
        Run applied = run("suggest", "--case", "1", "--apply");
        assertThat(applied.out()).contains("Accepted").doesNotContain("1:evidence_type:physician_letter");
        assertThat(run("suggest", "--case", "1").out()).isEqualTo("No new suggestions.");

        JsonNode docs = new ObjectMapper().readTree(run("documents", "--case", "1", "--json").out()).path("documents");
        assertThat(docs.get(0).path("type").isNull()).isTrue();
        assertThat(docs.get(0).path("date").asText()).isEqualTo("2025-03-03");
        assertThat(docs.get(0).path("tags").get(0).path("factor").asText()).isEqualTo("medical");
        assertThat(docs.get(0).path("tags").get(0).path("origin").asText()).isEqualTo("suggestion");
        assertThat(docs.get(1).path("type").asText()).isEqualTo("pay_stub");
        assertThat(docs.get(1).path("source").asText()).isEqualTo("third_party");
        assertThat(docs.get(1).path("people").get(0).asLong()).isEqualTo(1);
        assertThat(docs.get(1).path("tags").get(0).path("scenario").asText()).isEqualTo("separation");

        JsonNode coverage = new ObjectMapper().readTree(run("coverage", "--case", "1", "--json").out());
        assertThat(coverage.path("kind").asText()).isEqualTo("I-601A");
        assertThat(coverage.path("profile")).isEmpty();
        JsonNode ana = coverage.path("subjects").get(0);
        assertThat(ana.path("person").asLong()).isEqualTo(1);
        JsonNode separation = ana.path("scenarios").get(0);
        assertThat(separation.path("scenario").asText()).isEqualTo("separation");
        JsonNode financial = separation.path("factors").get(2);
        assertThat(financial.path("factor").asText()).isEqualTo("financial");
        assertThat(financial.path("documents").asInt()).isEqualTo(1);
        assertThat(financial.path("corroborating").asInt()).isEqualTo(1);
        assertThat(financial.path("newest").asText()).isEqualTo("2025-01-31");
        assertThat(financial.path("missing_evidence").toString()).doesNotContain("pay_stub").contains("tax_return");
        assertThat(coverage.path("total").path("documents").asInt()).isEqualTo(2);
        assertThat(coverage.path("total").path("corroborating").asInt()).isEqualTo(2); // the letter became third_party by suggestion

        Run text = run("coverage", "--case", "1");
        assertThat(text.out()).contains("== Ana María López García (person 1)").contains("Financial and economic impact [financial]: documents 1 [2]");

        assertThat(run("factor", "add", "--case", "1", "--code", "farm_loss", "--label", "Loss of the family farm",
                "--keywords", "harvest,cattle").out()).isEqualTo("farm_loss");
        assertThat(run("factor", "add", "--case", "1", "--code", "medical", "--label", "x").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("factor", "claim", "--case", "1", "--factor", "farm_loss", "--person", "1").code()).isZero();
        assertThat(run("coverage", "--case", "1").out()).contains("Loss of the family farm [farm_loss]: claimed, but no evidence yet");
        assertThat(run("coverage", "--case", "7").code()).isEqualTo(ExitCodes.USAGE);

        assertThat(run("tag", "--doc", "2", "--factor", "financial", "--person", "1", "--remove").out()).isEqualTo("1");
        assertThat(run("tag", "--doc", "2", "--factor", "financial", "--person", "1", "--remove").err())
                .contains("has no tag financial");
    }
}
