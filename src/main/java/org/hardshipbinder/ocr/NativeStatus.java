package org.hardshipbinder.ocr;

/** Whether Tesseract's native libraries could be loaded on this machine. */
public sealed interface NativeStatus {

    record Loaded(String version) implements NativeStatus {
    }

    /** The libraries are missing or do not fit this system; {@code detail} is for the log, not the user. */
    record Unavailable(String detail) implements NativeStatus {
    }
}
