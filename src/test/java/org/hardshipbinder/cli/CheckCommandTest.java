package org.hardshipbinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hardshipbinder.testdata.CaseGenerator;
import org.hardshipbinder.testdata.Plant;
import org.hardshipbinder.testdata.SampleCase;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.wiring.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    @TempDir
    Path dir;

    private SampleCase generate(Set<Plant> plants) {
        try (Services services = Services.open(dir.resolve("vault"), AccessMode.READ_WRITE, CaseGenerator.clock())) {
            return SampleCase.build(new CaseGenerator(services, dir), 31, plants);
        }
    }

    @Test
    void jsonListsFindingsWithCodesAndExitsThreeOnErrors() throws Exception {
        SampleCase sample = generate(EnumSet.of(Plant.MISSING_TRANSLATION, Plant.UNDATED_LETTER));
        CliRun run = CliRun.on(dir.resolve("vault"), "check", "--case", Long.toString(sample.theCase().id()), "--json");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
        JsonNode findings = new ObjectMapper().readTree(run.out()).get("findings");
        List<String> codes = new ArrayList<>();
        findings.forEach(f -> {
            codes.add(f.get("code").asText());
            assertThat(f.get("severity").asText()).isIn("error", "warning", "info");
            assertThat(f.get("message").asText()).isNotBlank();
            assertThat(f.get("documents").isArray()).isTrue();
            assertThat(f.get("pages").isArray()).isTrue();
        });
        assertThat(codes).contains("TRANSLATION_MISSING", "UNDATED");
        JsonNode missing = findings.get(codes.indexOf("TRANSLATION_MISSING"));
        assertThat(missing.get("severity").asText()).isEqualTo("error");
        assertThat(missing.get("documents").get(0).asLong()).isEqualTo(sample.documents().get("parish"));
        assertThat(missing.get("pages").get(0).asInt()).isEqualTo(1);
    }

    @Test
    void aCleanCaseExitsZeroAndSpanishMessagesWork() {
        SampleCase sample = generate(EnumSet.noneOf(Plant.class));
        CliRun run = CliRun.on(dir.resolve("vault"), "check", "--case", Long.toString(sample.theCase().id()));
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("0 error(s), 0 warning(s)");
        SampleCase second = generate(EnumSet.of(Plant.MISSING_TRANSLATION));
        CliRun spanish = CliRun.on(dir.resolve("vault"), "check", "--case", Long.toString(second.theCase().id()), "--lang", "es");
        assertThat(spanish.out()).contains("TRANSLATION_MISSING", "no tiene una traducción al inglés");
    }

    @Test
    void dismissingTheOnlyErrorMakesTheCheckPass() {
        SampleCase sample = generate(EnumSet.of(Plant.MISSING_TRANSLATION));
        String caseId = Long.toString(sample.theCase().id());
        String parish = Long.toString(sample.documents().get("parish"));
        CliRun dismiss = CliRun.on(dir.resolve("vault"), "check", "dismiss", "--case", caseId, "--code", "TRANSLATION_MISSING",
                "--doc", parish, "--reason", "the translation is filed with the original paper copy");
        assertThat(dismiss.exitCode()).as(dismiss.toString()).isZero();
        assertThat(dismiss.out().strip()).isEqualTo("1");
        CliRun after = CliRun.on(dir.resolve("vault"), "check", "--case", caseId);
        assertThat(after.exitCode()).as(after.toString()).isZero();
        assertThat(after.out()).doesNotContain("TRANSLATION_MISSING").contains("1 dismissed");
    }

    @Test
    void badInputIsAUsageError() {
        generate(EnumSet.noneOf(Plant.class));
        assertThat(CliRun.on(dir.resolve("vault"), "check", "--case", "999").exitCode()).isEqualTo(1);
        assertThat(CliRun.on(dir.resolve("vault"), "check").exitCode()).isEqualTo(1);
        assertThat(CliRun.on(dir.resolve("vault"), "check", "dismiss", "--case", "1", "--code", "UNDATED", "--doc", "1",
                "--reason", "nothing to dismiss").exitCode()).isEqualTo(1);
    }
}
