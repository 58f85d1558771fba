package org.hardshipbinder.ocr;

/** A script named by orientation-and-script detection, with Tesseract's confidence in it (about 0 to 10). */
public record ScriptGuess(String name, double confidence) {
}
