package org.hardshipbinder.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hardshipbinder.model.PageText;
import org.hardshipbinder.model.Word;
import org.junit.jupiter.api.Test;

/** A page in a script without an installed model: named by its script, and only its numbers kept, saying so. */
class ScriptWithoutModelTest {

    /** Reads every page as the given noise and names the given script. */
    private record FakeEngine(String text, double confidence, Optional<ScriptGuess> script) implements OcrEngine {
        @Override
        public Recognition recognize(BufferedImage grayImage, int dpi, String model) {
            List<Word> words = java.util.Arrays.stream(text.split(" ")).map(w -> new Word(w, 0, 0, 0, 0, confidence)).toList();
            return new Recognition(text, confidence, words);
        }

        @Override
        public java.util.OptionalInt uprightRotation(BufferedImage grayImage, int dpi) {
            return java.util.OptionalInt.of(0);
        }

        @Override
        public Optional<ScriptGuess> script(BufferedImage grayImage, int dpi) {
            return script;
        }

        @Override
        public String name() {
            return "fake";
        }

        @Override
        public void close() {
        }
    }

    private static final String CYRILLIC_READ_AS_LATIN =
            "Bunucka 3 megMuHoi kapTKu xBopoi gaTa HapogxeHHa 14.02.2017 AiarHo3 nikyBaHHa 3a NPOTOKONOM 01.10.2026";

    private static PageText read(OcrEngine engine) {
        PageReader reader = new PageReader(engine, new LanguageIdentifier(), Set.of("eng", "spa"));
        return reader.read(7, new PageInput.Scan(new BufferedImage(40, 40, BufferedImage.TYPE_BYTE_GRAY), 300), "eng").text();
    }

    @Test
    void cyrillicReadWithALatinModelKeepsOnlyItsNumbersAndIsNamedByItsScript() {
        PageText page = read(new FakeEngine(CYRILLIC_READ_AS_LATIN, 52, Optional.of(new ScriptGuess("Cyrillic", 4.1))));
        assertThat(page.language()).isEqualTo("ru");
        assertThat(page.text()).isEqualTo("3 14.02.2017 01.10.2026");
        assertThat(page.engine()).contains(PageReader.NO_MODEL_MARK);
    }

    @Test
    void aWellReadLatinPageNeverAsksForItsScript() {
        String english = "The patient has been under my care since March and needs weekly dialysis at our clinic.";
        PageText page = read(new FakeEngine(english, 93, Optional.of(new ScriptGuess("Cyrillic", 9))));
        assertThat(page.language()).isEqualTo("en");
        assertThat(page.text()).isEqualTo(english);
    }

    @Test
    void aPoorLatinPhotoWithAnUnsureScriptGuessKeepsItsText() {
        String blurred = "Tbe patlent bas been under my carc since Marcb and needs weekly dlalysis at our cllnic today.";
        PageText page = read(new FakeEngine(blurred, 55, Optional.of(new ScriptGuess("Cyrillic", 0.4))));
        assertThat(page.text()).isEqualTo(blurred);
        assertThat(page.engine()).doesNotContain(PageReader.NO_MODEL_MARK);
    }

    @Test
    void scriptNamesAndNoise() {
        assertThat(LanguageIdentifier.ofScriptName("Cyrillic")).contains("ru");
        assertThat(LanguageIdentifier.ofScriptName("Arabic")).contains("ar");
        assertThat(LanguageIdentifier.ofScriptName("Ethiopic")).contains("am");
        assertThat(LanguageIdentifier.ofScriptName("Latin")).isEmpty();
        assertThat(LanguageIdentifier.mixedCaseNoise(CYRILLIC_READ_AS_LATIN)).isGreaterThan(PageReader.SCRIPT_NOISE);
        assertThat(LanguageIdentifier.mixedCaseNoise("My husband works for Mr. McAllister in Houston every day of the week and comes home late at night")).isLessThan(PageReader.SCRIPT_NOISE);
    }
}
