package org.hardshipbinder.ocr;

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

    private PageText ocrText(long pageId, Recognition r, String model, String language) {
        return new PageText(pageId, r.text(), TextOrigin.OCR, engine.name() + " (" + model + ")", language,
                r.meanConfidence(), r.words());
    }
}
