package org.hardshipbinder.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModelChoiceTest {

    private static final Set<String> INSTALLED = Set.of("eng", "spa", "osd");

    @Test
    void theUsualLanguageComesFirstAndOnlyChosenModelsAreUsed() {
        ModelChoice spanishFirst = ModelChoice.of(List.of("es", "en"), INSTALLED);
        assertThat(spanishFirst.first()).isEqualTo("spa");
        assertThat(spanishFirst.usable()).containsExactlyInAnyOrder("spa", "eng");

        ModelChoice englishOnly = ModelChoice.of(List.of("eng"), INSTALLED);
        assertThat(englishOnly.first()).isEqualTo("eng");
        assertThat(englishOnly.usable()).containsExactly("eng");
    }

    @Test
    void modelsThatAreNotInstalledAreSkippedAndNoChoiceMeansEveryInstalledModel() {
        assertThat(ModelChoice.of(List.of("por", "spa"), INSTALLED)).isEqualTo(new ModelChoice("spa", Set.of("spa")));
        assertThat(ModelChoice.of(List.of(), INSTALLED)).isEqualTo(new ModelChoice("eng", INSTALLED));
        assertThat(ModelChoice.of(List.of("fr"), INSTALLED)).isEqualTo(new ModelChoice("eng", INSTALLED));
    }
}
