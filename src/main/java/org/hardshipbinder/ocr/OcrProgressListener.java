package org.hardshipbinder.ocr;

/** Told after every page; called from worker threads, so a UI must hand the event to its own thread. */
@FunctionalInterface
public interface OcrProgressListener {

    OcrProgressListener NONE = progress -> {
    };

    void onProgress(OcrProgress progress);
}
