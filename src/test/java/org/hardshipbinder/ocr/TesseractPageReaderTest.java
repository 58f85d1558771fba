package org.hardshipbinder.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.hardshipbinder.model.PageText;
import org.hardshipbinder.model.TextOrigin;
import org.hardshipbinder.model.Word;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Real Tesseract on generated 300-dpi letters: accuracy, orientation, skew, and the second reading in Spanish. */
class TesseractPageReaderTest {

    @TempDir
    static Path dir;
    static PageReader reader;
    static final BufferedImage ENGLISH = GeneratedPages.letter(GeneratedPages.ENGLISH, 7);

    @BeforeAll
    static void engine() {
        EngineProvider.Engines engines = new TesseractEngines(dir.resolve("tessdata"), null).prepare();
        assertThat(engines).isInstanceOf(EngineProvider.Ready.class);
        EngineProvider.Ready ready = (EngineProvider.Ready) engines;
        assertThat(ready.installedModels()).contains("eng", "spa", "osd");
        reader = new PageReader(ready.engines().get(), new LanguageIdentifier(), ready.installedModels());
    }

    @AfterAll
    static void close() {
        reader.close();
    }

    static PageText read(BufferedImage image, String model) {
        return reader.read(1, new PageInput.Scan(image, 300), model).text();
    }

    @Test
    void readsAnEnglishLetterWithWordBoxes() {
        PageText text = read(ENGLISH, "eng");
        assertThat(GeneratedPages.wordAccuracy(GeneratedPages.ENGLISH, text.text())).isGreaterThanOrEqualTo(0.95);
        assertThat(text.language()).isEqualTo("en");
        assertThat(text.origin()).isEqualTo(TextOrigin.OCR);
        assertThat(text.engine()).startsWith("tesseract 5.").endsWith("(eng)");
        assertThat(text.confidence()).isGreaterThan(80);
        Word dear = text.words().get(0);
        assertThat(dear.text()).isEqualTo("Dear");
        // 1 inch margin on a letter page: the first word starts 1/8.5 of the width in, near the top.
        assertThat(dear.x()).isBetween(0.10, 0.13);
        assertThat(dear.y()).isBetween(0.06, 0.10);
        assertThat(dear.width()).isBetween(0.02, 0.08);
    }

    @Test
    void aSpanishPageReadWithEnglishFirstIsReadAgainWithSpanish() {
        PageReader.Outcome outcome = reader.read(1, new PageInput.Scan(GeneratedPages.letter(GeneratedPages.SPANISH, 3), 300), "eng");
        assertThat(outcome.reread()).isTrue();
        assertThat(outcome.text().language()).isEqualTo("es");
        assertThat(outcome.text().engine()).endsWith("(spa)");
        assertThat(GeneratedPages.wordAccuracy(GeneratedPages.SPANISH, outcome.text().text())).isGreaterThanOrEqualTo(0.95);
        assertThat(outcome.text().text()).contains("José Luis Martínez");
    }

    @ParameterizedTest
    @ValueSource(ints = {90, 180, 270})
    void aTurnedPageReadsAsWellAsAnUprightOne(int degrees) {
        PageText text = read(GrayImages.quarterTurns(ENGLISH, degrees), "eng");
        assertThat(GeneratedPages.wordAccuracy(GeneratedPages.ENGLISH, text.text())).isGreaterThanOrEqualTo(0.95);
        assertThat(text.words().get(0).text()).isEqualTo("Dear");
    }

    @ParameterizedTest
    @ValueSource(ints = {90, 180, 270})
    void theTurnFoundUprightIsReported(int degrees) {
        PageReader.Outcome outcome = reader.read(1, new PageInput.Scan(GrayImages.quarterTurns(ENGLISH, degrees), 300), "eng");
        assertThat(outcome.turn()).isEqualTo((360 - degrees) % 360);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 90, 180, 270})
    void aSmallLowResolutionPictureTurnedAnyWayIsReadUpright(int degrees) {
        BufferedImage picture = GeneratedPages.smallPicture(GeneratedPages.ENGLISH, 640, 480, 15, 5);
        BufferedImage turned = GrayImages.quarterTurns(picture, degrees);
        // A picture without a stated resolution is taken as 200 dpi on import, whatever its size.
        PageReader.Outcome outcome = reader.read(1, new PageInput.Scan(turned, 200), "eng");
        assertThat(outcome.turn()).isEqualTo((360 - degrees) % 360);
        String expected = GeneratedPages.ENGLISH.substring(0, 300);
        assertThat(GeneratedPages.wordAccuracy(expected, outcome.text().text())).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void aPageSkewedThreeDegreesIsStraightenedAndRead() {
        BufferedImage skewed = GrayImages.rotate(ENGLISH, 3);
        assertThat(SkewEstimator.slopeDegrees(skewed)).isBetween(2.7, 3.3);
        PageText text = read(skewed, "eng");
        assertThat(GeneratedPages.wordAccuracy(GeneratedPages.ENGLISH, text.text())).isGreaterThanOrEqualTo(0.95);
    }
}
