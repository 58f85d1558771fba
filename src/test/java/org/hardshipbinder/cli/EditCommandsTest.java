package org.hardshipbinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editing commands: merge, split, turn, move, remove, delete, trash, person and case edits, with --help and --json. */
class EditCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path vault() {
        return dir.resolve("vault");
    }

    private CliRun run(String... args) {
        return CliRun.on(vault(), args);
    }

    @Test
    void documentsArePagesFromOriginalsAndTheCommandsEditThem() throws Exception {
        assertThat(run("case", "create", "--kind", "I-601A", "--applicant", "Rosa Fictional").out().strip()).isEqualTo("1");
        CliRun imported = run("import", "--case", "1", "--no-ocr", pdf("one", 2).toString(), pdf("two", 3).toString());
        assertThat(imported.exitCode()).as(imported.toString()).isZero();

        CliRun merged = run("document", "merge", "1", "2", "--json");
        assertThat(merged.exitCode()).as(merged.toString()).isZero();
        assertThat(JSON.readTree(merged.out()).get("documents").get(0).asLong()).isEqualTo(1);

        JsonNode doc = JSON.readTree(run("documents", "--case", "1", "--json").out()).get("documents").get(0);
        assertThat(doc.get("pages").asInt()).isEqualTo(5);
        JsonNode sources = doc.get("page_sources");
        assertThat(sources.get(2).get("file").asText()).isEqualTo("two.pdf");
        assertThat(sources.get(2).get("original_page").asInt()).isEqualTo(1);
        assertThat(sources.get(4).get("page").asInt()).isEqualTo(5);

        CliRun turned = run("page", "turn", "1", "3", "90");
        assertThat(turned.out()).contains("Turned page 3 of document 1 by 90 degrees");
        assertThat(JSON.readTree(run("documents", "--case", "1", "--json").out()).get("documents").get(0)
                .get("page_sources").get(2).get("turn").asInt()).isEqualTo(90);

        CliRun badSplit = run("document", "split", "1", "--at", "9");
        assertThat(badSplit.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badSplit.err()).contains("Nothing was changed", "cannot be split at page 9");

        CliRun split = run("document", "split", "1", "--at", "3", "--json");
        assertThat(split.exitCode()).as(split.toString()).isZero();
        long second = JSON.readTree(split.out()).get("documents").get(1).asLong();

        assertThat(run("page", "move", "1", "2", "--to", String.valueOf(second), "--at", "1").exitCode()).isZero();
        assertThat(run("page", "remove", String.valueOf(second), "2").out()).contains("to the trash");
        CliRun deleted = run("document", "delete", "1");
        assertThat(deleted.out()).contains("goes to the trash", "can be restored");

        CliRun trash = run("trash", "list", "--case", "1", "--json");
        JsonNode entries = JSON.readTree(trash.out()).get("trash");
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).get("kind").asText()).isEqualTo("document");
        assertThat(run("trash", "restore", "--case", "1", entries.get(0).get("id").asText()).out()).contains("Restored");
        assertThat(run("trash", "list", "--case", "1").out()).contains("page 2 of document " + second);
        assertThat(run("trash", "empty", "--case", "1").out()).contains("Emptied the trash: 1 item(s)");
        assertThat(run("verify").exitCode()).isZero();
    }

    @Test
    void peopleAndCasesAreEditedArchivedAndDeleted() {
        run("case", "create", "--kind", "I-601A", "--applicant", "Rosa Fictional");
        run("case", "create", "--kind", "parole", "--applicant", "Ana Fictional");
        assertThat(run("person", "add", "--case", "1", "--name", "Tom Fictional", "--role", "qr").out().strip()).isEqualTo("1");

        assertThat(run("person", "edit", "1", "--name", "Tomas Fictional", "--status", "USC").out()).contains("Tomas Fictional");
        assertThat(run("person", "remove", "1").out()).contains("to the trash");
        assertThat(run("trash", "list", "--case", "1").out()).contains("person Tomas Fictional");

        assertThat(run("case", "rename", "1", "--title", "Rosa's waiver").out()).contains("Rosa's waiver");
        assertThat(run("case", "archive", "2").exitCode()).isZero();
        assertThat(run("case", "list").out()).contains("Rosa Fictional").doesNotContain("Ana Fictional");
        assertThat(run("case", "list", "--archived").out()).contains("Ana Fictional");

        CliRun unconfirmed = run("case", "delete", "2");
        assertThat(unconfirmed.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unconfirmed.out()).contains("will be deleted for good");
        assertThat(run("case", "list", "--archived").out()).contains("Ana Fictional");
        assertThat(run("case", "delete", "2", "--yes").exitCode()).isZero();
        assertThat(run("case", "list", "--archived").out()).doesNotContain("Ana Fictional");
    }

    @Test
    void everyEditingCommandHasHelp() {
        for (String[] command : new String[][] {{"document", "merge"}, {"document", "split"}, {"document", "delete"},
                {"page", "turn"}, {"page", "move"}, {"page", "remove"}, {"trash", "list"}, {"trash", "restore"},
                {"trash", "empty"}, {"person", "edit"}, {"person", "remove"}, {"case", "rename"}, {"case", "archive"},
                {"case", "delete"}}) {
            CliRun help = CliRun.raw(command[0], command[1], "--help");
            assertThat(help.exitCode()).as(String.join(" ", command)).isZero();
            assertThat(help.out()).contains("Usage:");
        }
    }

    private Path pdf(String name, int pages) throws IOException {
        Path file = dir.resolve(name + ".pdf");
        try (PDDocument doc = new PDDocument()) {
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    cs.newLineAtOffset(60, 700);
                    cs.showText(name + " page " + i);
                    cs.endText();
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }
}
