package org.hardshipbinder.ocr;

/** A page could not be read; the queue records the message as the page's failure reason and goes on. */
public final class OcrFailure extends RuntimeException {

    public OcrFailure(String message) {
        super(message);
    }

    public OcrFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
