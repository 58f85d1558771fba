package org.hardshipbinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hardshipbinder.chronology.ChronologyFixture;
import org.hardshipbinder.testdata.CaseGenerator;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.wiring.Services;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chronology --case ID [--json] [--pdf FILE]} on a vault whose documents state births, a marriage and a diagnosis. */
class ChronologyCommandTest {

    @TempDir
    Path dir;
    private ChronologyFixture fixture;
    private String caseId;

    @BeforeEach
    void generate() {
        try (Services services = Services.open(dir.resolve("vault"), AccessMode.READ_WRITE, CaseGenerator.clock())) {
            fixture = ChronologyFixture.build(new CaseGenerator(services, dir));
        }
        caseId = Long.toString(fixture.theCase().id());
    }

    @Test
    void textListsEachPersonsDatedFactsWithDocumentAndPage() {
        CliRun run = CliRun.on(dir.resolve("vault"), "chronology", "--case", caseId);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<String> lines = run.outLines();
        int spouse = lines.indexOf("Marisol Quintana Vélez");
        int child = lines.indexOf("Leandro Arrieta Quintana");
        assertThat(spouse).as(run.out()).isGreaterThanOrEqualTo(0);
        assertThat(child).isGreaterThan(spouse);
        assertThat(lines.subList(spouse, child)).anySatisfy(l -> assertThat(l)
                .contains("1990-03-03", "Birth", "doc " + fixture.birthCertificate() + " p. 1", "Date of birth: March 3, 1990”"));
        assertThat(lines.subList(spouse, child)).anySatisfy(l -> assertThat(l)
                .contains("2020-05-01", "Diagnosis", "doc " + fixture.physicianLetter() + " p. 2"));
        assertThat(run.out()).contains("2015-06-12\tMarriage", "Dates that disagree",
                "Birth of Marisol Quintana Vélez: 1990-03-03 (doc " + fixture.birthCertificate() + " p. 1)  ≠  1990-03-13",
                "Documents without a date", "doc " + fixture.note() + "\tHandwritten note");
    }

    @Test
    void jsonHasEventsAndConflictsWithSnakeCaseKeysAndNumericIds() throws Exception {
        CliRun run = CliRun.on(dir.resolve("vault"), "chronology", "--case", caseId, "--json");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        List<String> kinds = new ArrayList<>();
        root.get("events").forEach(e -> {
            kinds.add(e.get("kind").asText());
            assertThat(e.has("date") && e.has("person") && e.has("document") && e.has("page") && e.has("text")).isTrue();
        });
        assertThat(kinds).contains("birth_date", "marriage_date", "diagnosis_date", "document_date");
        JsonNode diagnosis = find(root.get("events"), "diagnosis_date");
        assertThat(diagnosis.get("date").asText()).isEqualTo("2020-05-01");
        assertThat(diagnosis.get("person").isNumber()).isTrue();
        assertThat(diagnosis.get("person").asLong()).isEqualTo(fixture.spouse().id());
        assertThat(diagnosis.get("document").asLong()).isEqualTo(fixture.physicianLetter());
        assertThat(diagnosis.get("page").asInt()).isEqualTo(2);
        assertThat(diagnosis.get("document_title").asText()).isEqualTo("Letter from Dr. Ines Valdoria");
        JsonNode conflict = root.get("conflicts").get(0);
        assertThat(conflict.get("kind").asText()).isEqualTo("birth_date");
        assertThat(conflict.get("person").asLong()).isEqualTo(fixture.spouse().id());
        assertThat(conflict.get("readings")).hasSize(2);
        assertThat(conflict.get("readings").get(1).get("events").get(0).get("document").asLong()).isEqualTo(fixture.declaration());
        assertThat(root.get("undated").get(0).get("document").asLong()).isEqualTo(fixture.note());
    }

    @Test
    void pdfHelpAndAMissingCase() throws Exception {
        Path pdf = dir.resolve("out.pdf");
        CliRun run = CliRun.on(dir.resolve("vault"), "chronology", "--case", caseId, "--pdf", pdf.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Chronology written to " + pdf + " (1 page(s))");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Letter from Dr. Ines Valdoria, page 2", "Diagnosis");
        }
        CliRun help = CliRun.on(dir.resolve("vault"), "chronology", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--case=ID", "--json", "diagnoses and treatments", "the dates that disagree");
        CliRun spanishHelp = CliRun.on(dir.resolve("vault"), "--lang", "es", "chronology", "--help");
        assertThat(spanishHelp.out()).contains("diagnósticos y tratamientos", "El caso (obligatorio).");
        CliRun spanish = CliRun.on(dir.resolve("vault"), "--lang", "es", "chronology", "--case", caseId);
        assertThat(spanish.out()).contains("Diagnóstico", "Letter from Dr. Ines Valdoria, página 2", "Fechas que no coinciden");
        CliRun missing = CliRun.on(dir.resolve("vault"), "chronology", "--case", "999");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("There is no case 999.");
    }

    private static JsonNode find(JsonNode events, String kind) {
        for (JsonNode e : events) {
            if (e.get("kind").asText().equals(kind)) {
                return e;
            }
        }
        throw new AssertionError("no " + kind);
    }
}
