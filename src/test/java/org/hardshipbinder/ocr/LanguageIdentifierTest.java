package org.hardshipbinder.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.hardshipbinder.model.PageText;
import org.hardshipbinder.testdata.TestCorpus;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {

    static final Path CORPUS = TestCorpus.root();
    final LanguageIdentifier languages = new LanguageIdentifier();

    @Test
    void namesEachSampleLanguageEvenWhenTheTextIsDamaged() {
        for (Map.Entry<String, List<String>> e : LanguageSamples.SENTENCES.entrySet()) {
            for (String sentence : e.getValue()) {
                assertThat(languages.identify(sentence)).as(sentence).isEqualTo(e.getKey());
                String two = sentence + " " + sentence;
                assertThat(languages.identify(LanguageSamples.noisy(two, 0.04, sentence.length())))
                        .as("noisy: " + sentence).isEqualTo(e.getKey());
            }
        }
    }

    @Test
    void tooLittleOrNoTextIsUnknownNeverEnglish() {
        assertThat(languages.identify("")).isEqualTo(PageText.UNKNOWN_LANGUAGE);
        assertThat(languages.identify("Tesseract.js")).isEqualTo(PageText.UNKNOWN_LANGUAGE);
        assertThat(languages.identify("12/03/2019  $1,250.00  #4471-22")).isEqualTo(PageText.UNKNOWN_LANGUAGE);
        assertThat(languages.identify("~~ ;;. ,, |||| ___ ")).isEqualTo(PageText.UNKNOWN_LANGUAGE);
    }

    @Test
    void corpusGroundTruthAndTextLayers() throws Exception {
        assertThat(languages.identify(read("ocrmypdf/linn.txt"))).isEqualTo("en");
        assertThat(languages.identify(read("tesseract_js/testocr.gt.txt"))).isEqualTo("en");
        assertThat(languages.identify(read("tesseract_js/chinese.gt.txt"))).isEqualTo("zh");
        try (PDDocument pdf = Loader.loadPDF(CORPUS.resolve("paperless/rtl-test.pdf").toFile())) {
            String text = TextLayerReader.read(pdf, pdf.getPage(0), 1).text();
            assertThat(languages.identify(text)).isEqualTo("ar");
        }
    }

    static String read(String name) throws Exception {
        return Files.readString(CORPUS.resolve(name), StandardCharsets.UTF_8);
    }
}
