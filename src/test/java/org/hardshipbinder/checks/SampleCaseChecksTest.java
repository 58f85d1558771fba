package org.hardshipbinder.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hardshipbinder.checks.core.CheckSettings;
import org.hardshipbinder.i18n.Messages;
import org.hardshipbinder.model.Finding;
import org.hardshipbinder.model.Severity;
import org.hardshipbinder.testdata.CaseGenerator;
import org.hardshipbinder.testdata.Plant;
import org.hardshipbinder.testdata.SampleCase;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.wiring.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** End to end on generated cases in a real vault: planted problems are found, and nothing else above a note. */
class SampleCaseChecksTest {

    @TempDir
    Path dir;
    private Services services;
    private CaseGenerator gen;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("vault"), AccessMode.READ_WRITE, CaseGenerator.clock());
        gen = new CaseGenerator(services, dir);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void aCleanCaseHasNothingAboveANote(long seed) {
        SampleCase sample = SampleCase.clean(gen, seed);
        assertThat(serious(sample)).as(describe(sample)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void plantedProblemsAreExactlyWhatIsFound(long seed) {
        SampleCase sample = SampleCase.build(gen, seed, EnumSet.allOf(Plant.class));
        List<Finding> found = serious(sample);
        assertThat(found).as(describe(sample)).extracting(Finding::code).containsExactlyInAnyOrder(
                "DOB_CONFLICT", "TRANSLATION_CERT_INCOMPLETE", "TRANSLATION_MISSING", "AMOUNT_CONFLICT", "UNDATED", "DUPLICATE");
        Map<String, Finding> byCode = found.stream().collect(Collectors.toMap(Finding::code, f -> f));
        assertThat(byCode.get("DOB_CONFLICT").people()).containsExactly(sample.spouse().id());
        assertThat(byCode.get("DOB_CONFLICT").severity()).isEqualTo(Severity.ERROR);
        assertThat(byCode.get("TRANSLATION_CERT_INCOMPLETE").documents())
                .contains(sample.documents().get("birthTranslation"), sample.documents().get("birth"));
        assertThat(byCode.get("TRANSLATION_MISSING").documents()).containsExactly(sample.documents().get("parish"));
        assertThat(byCode.get("AMOUNT_CONFLICT").documents())
                .contains(sample.documents().get("declaration"), sample.documents().get("employer"));
        assertThat(byCode.get("UNDATED").documents()).containsExactly(sample.documents().get("pastor"));
        assertThat(byCode.get("DUPLICATE").documents())
                .containsExactlyInAnyOrder(sample.documents().get("employer"), sample.documents().get("employerCopy"));
    }

    @Test
    void eachPlantAloneIsFoundAlone() {
        Map<Plant, String> expected = Map.of(Plant.BIRTH_DATE_CONFLICT, "DOB_CONFLICT",
                Plant.UNCERTIFIED_TRANSLATION, "TRANSLATION_CERT_INCOMPLETE", Plant.MISSING_TRANSLATION, "TRANSLATION_MISSING",
                Plant.INCOME_MISMATCH, "AMOUNT_CONFLICT", Plant.UNDATED_LETTER, "UNDATED", Plant.DUPLICATE, "DUPLICATE");
        long seed = 40;
        for (Plant plant : Plant.values()) {
            SampleCase sample = SampleCase.build(gen, seed++, EnumSet.of(plant));
            assertThat(serious(sample)).as(plant + "\n" + describe(sample)).extracting(Finding::code).containsExactly(expected.get(plant));
        }
    }

    private List<Finding> serious(SampleCase sample) {
        return report(sample).findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
    }

    private CheckReport report(SampleCase sample) {
        return services.checks().run(sample.theCase().id(), CheckSettings.defaults()).orElseThrow();
    }

    private String describe(SampleCase sample) {
        FindingFormatter text = new FindingFormatter(new Messages(Locale.ENGLISH));
        return report(sample).findings().stream()
                .map(f -> f.severity() + " " + f.code() + " " + f.documents() + " " + text.format(f.message()))
                .collect(Collectors.joining("\n"));
    }

    static Set<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).collect(Collectors.toSet());
    }
}
