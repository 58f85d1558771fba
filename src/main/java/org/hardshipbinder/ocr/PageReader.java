package org.hardshipbinder.ocr;

import java.util.List;
import java.util.Optional;
import org.hardshipbinder.model.Word;

import java.awt.image.BufferedImage;
import java.util.Set;
import org.hardshipbinder.model.PageText;
import org.hardshipbinder.model.TextOrigin;

/**
 * Turns one page's input into stored text: a usable text layer is taken as it is; a scan is deskewed and
 * recognized, turned upright (see {@link UprightSearch}) when the reading is poor or its lines run up or down the
 * page, then read again with the model of
 * the language it turned out to be in, when that model is installed.
 */
final class PageReader implements AutoCloseable {

    /**
     * A page read upright has a high mean confidence; below this it may be sideways or upside down, and orientation
     * detection is asked. Asking only then spares upright pages (nearly all of them) its cost.
     */
    static final double CONFIDENT = 70;
    /** Enlarging more than this for reading only costs time: the letters get no sharper. */
    static final double MAX_READING_ENLARGEMENT = 3;
    /** Orientation-and-script detection is trusted alone from this confidence on. */
    static final double SURE_SCRIPT = 1.0;
    /**
     * A share of words with capitals inside them ("nikyBaHHa") at which a page looks like another alphabet read with
     * Latin letters; then a weaker script detection is enough.
     */
    static final double SCRIPT_NOISE = 0.12;
    /** Marks, in the engine field, a page whose script had no model: only its numbers were kept. */
    public static final String NO_MODEL_MARK = "numbers only, no model for ";
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[\\p{N}][\\p{N}.,/:%-]*");

    private final OcrEngine engine;
    private final LanguageIdentifier languages;
    private final Set<String> installedModels;
    private final UprightSearch orientation;

    PageReader(OcrEngine engine, LanguageIdentifier languages, Set<String> installedModels) {
        this.engine = engine;
        this.orientation = new UprightSearch(engine);
        this.languages = languages;
        this.installedModels = installedModels;
    }

    /**
     * What happened: the text, whether it needed a second reading (for the run's counts), and the clockwise quarter
     * turn found to make the page upright on top of its metadata's rotation (null for a text layer: not looked for).
     */
    record Outcome(PageText text, boolean reread, Integer turn) {
    }

    Outcome read(long pageId, PageInput input, String firstModel) {
        if (input instanceof PageInput.TextLayer layer) {
            return new Outcome(new PageText(pageId, layer.text(), TextOrigin.TEXT_LAYER, null,
                    languages.identify(layer.text()), null, layer.words()), false, null);
        }
        PageInput.Scan scan = (PageInput.Scan) input;
        BufferedImage image = enlargedIfSmall(scan.image());
        int dpi = (int) Math.round(scan.dpi() * (double) image.getWidth() / scan.image().getWidth());
        // Word boxes are kept on the page as it is shown (turned, not straightened): see Deskew.
        java.util.Map<Integer, Deskew> straightened = new java.util.HashMap<>();
        UprightSearch.Reader reader = turn -> {
            BufferedImage quarter = GrayImages.quarterTurns(image, turn);
            Deskew deskew = straightened.computeIfAbsent(turn, t -> Deskew.of(quarter));
            BufferedImage turned = deskew.straighten(quarter);
            return new UprightSearch.Reading(turn, turned, deskew.backToPage(engine.recognize(turned, dpi, firstModel),
                    turned.getWidth(), turned.getHeight()));
        };
        UprightSearch.Reading asGiven = reader.read(0);
        UprightSearch.Reading reading = asGiven;
        if (reading.recognition().meanConfidence() < CONFIDENT || reading.sideways()) {
            reading = orientation.best(image, dpi, reading, reader);
        }
        Recognition first = reading.recognition();
        BufferedImage upright = reading.image();
        int turn = reading.turn();
        String language = languages.identify(first.text());
        if (first.meanConfidence() < CONFIDENT && LanguageIdentifier.readsAsLatin(language)) {
            double noise = LanguageIdentifier.mixedCaseNoise(first.text());
            Optional<String> other = engine.script(upright, dpi)
                    .filter(g -> g.confidence() >= SURE_SCRIPT || noise >= SCRIPT_NOISE && g.confidence() > 0)
                    .flatMap(g -> LanguageIdentifier.ofScriptName(g.name()));
            if (other.isPresent()) {
                language = other.get();
                if (LanguageCodes.tesseractModel(language).filter(installedModels::contains).isEmpty()) {
                    return new Outcome(withoutModel(pageId, first, firstModel, language), false, turn);
                }
            } else if (PageText.UNKNOWN_LANGUAGE.equals(language) && !first.text().isBlank()) {
                // Unsure letters in no language and no script detected (a few characters of an alphabet without a
                // model are too few for script detection): Latin noise. Only numbers are kept, marked like a script
                // without a model, and the page is not turned on the strength of noise.
                return new Outcome(withoutModel(pageId, asGiven.recognition(), firstModel, language), false, 0);
            }
        }
        String better = LanguageCodes.tesseractModel(language).filter(installedModels::contains).orElse(firstModel);
        if (better.equals(firstModel)) {
            return new Outcome(ocrText(pageId, first, firstModel, language), false, turn);
        }
        Recognition second = straightened.getOrDefault(turn, new Deskew(0))
                .backToPage(engine.recognize(upright, dpi, better), upright.getWidth(), upright.getHeight());
        String confirmed = languages.identify(second.text());
        return new Outcome(ocrText(pageId, second, better,
                PageText.UNKNOWN_LANGUAGE.equals(confirmed) ? language : confirmed), true, turn);
    }

    /**
     * Tesseract reads letters a dozen pixels high poorly: a small picture of a page (a 640 × 480 phone picture, a
     * thumbnail-sized scan) is enlarged before reading. Word boxes are fractions of the page, so nothing else changes.
     */
    static BufferedImage enlargedIfSmall(BufferedImage image) {
        double factor = Math.min(UprightSearch.enlargement(image), MAX_READING_ENLARGEMENT);
        return factor <= 1 ? image : GrayImages.scale(image, factor);
    }

    @Override
    public void close() {
        engine.close();
    }

    /**
     * A page in a script no installed model reads comes out as Latin-letter noise: only its numbers and dates are kept
     * (they read the same in any script), and the engine says so, so the page can be read again once the model is added.
     */
    private PageText withoutModel(long pageId, Recognition r, String model, String language) {
        List<Word> numbers = r.words().stream().filter(w -> NUMBER.matcher(w.text()).matches()).toList();
        String text = String.join(" ", numbers.stream().map(Word::text).toList());
        return new PageText(pageId, text, TextOrigin.OCR, engine.name() + " (" + model + ") " + NO_MODEL_MARK + language,
                language, r.meanConfidence(), numbers);
    }

    private PageText ocrText(long pageId, Recognition r, String model, String language) {
        return new PageText(pageId, r.text(), TextOrigin.OCR, engine.name() + " (" + model + ")", language,
                r.meanConfidence(), r.words());
    }
}
