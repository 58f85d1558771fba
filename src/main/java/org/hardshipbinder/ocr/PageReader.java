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
 * recognized, turned upright by orientation detection when the reading is poor, then read again with the model of
 * the language it turned out to be in, when that model is installed.
 */
final class PageReader implements AutoCloseable {

    /** Smaller slopes do not hurt recognition; rotating for them would only blur the image. */
    static final double MIN_DESKEW_DEGREES = 0.3;
    /**
     * A page read upright has a high mean confidence; below this it may be sideways or upside down, and orientation
     * detection is asked. Asking only then spares upright pages (nearly all of them) its cost.
     */
    static final double CONFIDENT = 70;
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

    PageReader(OcrEngine engine, LanguageIdentifier languages, Set<String> installedModels) {
        this.engine = engine;
        this.languages = languages;
        this.installedModels = installedModels;
    }

    /** What happened, for the run's counts: the text and whether it needed a second reading. */
    record Outcome(PageText text, boolean reread) {
    }

    Outcome read(long pageId, PageInput input, String firstModel) {
        if (input instanceof PageInput.TextLayer layer) {
            return new Outcome(new PageText(pageId, layer.text(), TextOrigin.TEXT_LAYER, null,
                    languages.identify(layer.text()), null, layer.words()), false);
        }
        PageInput.Scan scan = (PageInput.Scan) input;
        BufferedImage upright = deskewed(scan.image());
        Recognition first = engine.recognize(upright, scan.dpi(), firstModel);
        if (first.meanConfidence() < CONFIDENT) {
            int turn = engine.uprightRotation(scan.image(), scan.dpi());
            if (turn != 0) {
                BufferedImage turned = deskewed(GrayImages.quarterTurns(scan.image(), turn));
                Recognition again = engine.recognize(turned, scan.dpi(), firstModel);
                if (again.meanConfidence() > first.meanConfidence()) {
                    first = again;
                    upright = turned;
                }
            }
        }
        String language = languages.identify(first.text());
        if (first.meanConfidence() < CONFIDENT && LanguageIdentifier.readsAsLatin(language)) {
            double noise = LanguageIdentifier.mixedCaseNoise(first.text());
            Optional<String> other = engine.script(upright, scan.dpi())
                    .filter(g -> g.confidence() >= SURE_SCRIPT || noise >= SCRIPT_NOISE && g.confidence() > 0)
                    .flatMap(g -> LanguageIdentifier.ofScriptName(g.name()));
            if (other.isPresent()) {
                language = other.get();
                if (LanguageCodes.tesseractModel(language).filter(installedModels::contains).isEmpty()) {
                    return new Outcome(withoutModel(pageId, first, firstModel, language), false);
                }
            }
        }
        String better = LanguageCodes.tesseractModel(language).filter(installedModels::contains).orElse(firstModel);
        if (better.equals(firstModel)) {
            return new Outcome(ocrText(pageId, first, firstModel, language), false);
        }
        Recognition second = engine.recognize(upright, scan.dpi(), better);
        String confirmed = languages.identify(second.text());
        return new Outcome(ocrText(pageId, second, better,
                PageText.UNKNOWN_LANGUAGE.equals(confirmed) ? language : confirmed), true);
    }

    private static BufferedImage deskewed(BufferedImage image) {
        double slope = SkewEstimator.slopeDegrees(image);
        return Math.abs(slope) >= MIN_DESKEW_DEGREES ? GrayImages.rotate(image, -slope) : image;
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
