package org.hardshipbinder.ocr;

import java.time.Duration;
import org.hardshipbinder.model.UserMessage;

/**
 * How a run ended. {@code unavailable} is set (and nothing was read) when OCR cannot run on this machine;
 * pages not reached because of a cancel stay queued for the next run.
 */
public record OcrSummary(int pages, int textLayer, int recognized, int reread, int failed, int documents,
                         boolean cancelled, Duration elapsed, UserMessage unavailable) {

    public static OcrSummary unavailable(UserMessage reason) {
        return new OcrSummary(0, 0, 0, 0, 0, 0, false, Duration.ZERO, reason);
    }

    public boolean ran() {
        return unavailable == null;
    }
}
