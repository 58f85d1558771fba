package org.hardshipbinder.ocr;

import java.awt.image.BufferedImage;
import java.util.OptionalInt;

/**
 * Reads text from an upright page image. One instance belongs to one worker thread: implementations need not be
 * thread-safe.
 */
public interface OcrEngine extends AutoCloseable {

    /** Recognizes a grayscale image with the given Tesseract model (e.g. "eng", "spa"), scanned at {@code dpi}. */
    Recognition recognize(BufferedImage grayImage, int dpi, String model);

    /** The clockwise rotation (0, 90, 180, 270) that turns the image upright; empty when the detector is unsure. */
    OptionalInt uprightRotation(BufferedImage grayImage, int dpi);

    /**
     * The script the page is written in as orientation-and-script detection names it ("Latin", "Cyrillic",
     * "Arabic", "Han" …) with its confidence; empty when the engine cannot tell.
     */
    default java.util.Optional<ScriptGuess> script(BufferedImage grayImage, int dpi) {
        return java.util.Optional.empty();
    }

    /** Name and version, stored with each page (e.g. "tesseract 5.5.1"). */
    String name();

    @Override
    void close();
}
