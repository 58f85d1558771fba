package org.hardshipbinder.ocr;

import java.awt.image.BufferedImage;
import java.util.OptionalInt;
import org.hardshipbinder.model.Word;

/**
 * Finds the quarter turn that makes a poorly read page upright. Orientation detection is asked first; on a small or
 * low-resolution image it is often unsure, so it is asked again on an enlarged copy, and when it is still unsure every
 * turn is read and the reading with the most confidently read letters wins.
 */
final class UprightSearch {

    /** Words read below this confidence are not counted as read: garbage from a turned page sits far below it. */
    static final float WORD_CONFIDENCE = 60;
    /** Orientation detection wants letters of a normal scan's size; smaller images are enlarged to about this. */
    static final int DETECTION_SIDE_PX = 2400;

    private final OcrEngine engine;

    UprightSearch(OcrEngine engine) {
        this.engine = engine;
    }

    /** A reading of the page turned clockwise by {@code turn} degrees (0, 90, 180, 270). */
    record Reading(int turn, BufferedImage image, Recognition recognition) {
        /** Letters in confidently read words, halved when the lines run up or down the page (it lies sideways). */
        int readLetters() {
            int letters = recognition.words().stream().filter(w -> w.confidence() >= WORD_CONFIDENCE)
                    .mapToInt(UprightSearch::letters).sum();
            return sideways() ? letters / 2 : letters;
        }

        /**
         * Tesseract finds and reads lines running up or down a page, so a page lying sideways can read well; its
         * words are then taller than wide. True when most words of three letters or more are.
         */
        boolean sideways() {
            int tall = 0;
            int counted = 0;
            for (Word w : recognition.words()) {
                if (letters(w) >= 3) {
                    counted++;
                    if (w.height() * image.getHeight() > w.width() * image.getWidth()) {
                        tall++;
                    }
                }
            }
            return counted > 0 && tall * 2 > counted;
        }
    }

    private static int letters(Word w) {
        return (int) w.text().codePoints().filter(Character::isLetterOrDigit).count();
    }

    /** Reads a page image (already turned as its metadata says) at a turn; the image is straightened first. */
    interface Reader {
        Reading read(int turn);
    }

    /** The best reading among the upright one given and those at the turns worth trying. */
    Reading best(BufferedImage image, int dpi, Reading upright, Reader reader) {
        OptionalInt detected = detect(image, dpi);
        if (detected.isPresent()) {
            if (detected.getAsInt() == 0) {
                return upright;
            }
            Reading turned = reader.read(detected.getAsInt());
            return turned.readLetters() > upright.readLetters() ? turned : upright;
        }
        Reading best = upright;
        for (int turn : new int[] {180, 90, 270}) {
            Reading candidate = reader.read(turn);
            if (candidate.readLetters() > best.readLetters()) {
                best = candidate;
            }
            if (best.recognition().meanConfidence() >= PageReader.CONFIDENT && !best.sideways()) {
                break;
            }
        }
        return best;
    }

    /** Orientation detection on the image, and again on an enlarged copy when the image is small and it is unsure. */
    private OptionalInt detect(BufferedImage image, int dpi) {
        OptionalInt turn = engine.uprightRotation(image, dpi);
        double factor = enlargement(image);
        if (turn.isPresent() || factor <= 1) {
            return turn;
        }
        return engine.uprightRotation(GrayImages.scale(image, factor), (int) Math.round(dpi * factor));
    }

    /** How much to enlarge a small image for detection (1 = not small); at most four times. */
    static double enlargement(BufferedImage image) {
        int longest = Math.max(image.getWidth(), image.getHeight());
        return longest * 1.5 >= DETECTION_SIDE_PX ? 1 : Math.min(4, (double) DETECTION_SIDE_PX / longest);
    }
}
