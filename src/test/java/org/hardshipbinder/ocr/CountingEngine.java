package org.hardshipbinder.ocr;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.hardshipbinder.model.Word;

/** An engine that counts the pages it is given and answers with a fixed English sentence; optionally slow. */
public final class CountingEngine implements OcrEngine {

    public static final String TEXT = "The counted page says the family needs the father at home every day.";

    private final AtomicInteger calls;
    private final long delayMillis;
    private final Runnable onRecognize;

    public CountingEngine(AtomicInteger calls, long delayMillis, Runnable onRecognize) {
        this.calls = calls;
        this.delayMillis = delayMillis;
        this.onRecognize = onRecognize;
    }

    /** A provider handing out counting engines that share one counter; eng and spa count as installed. */
    public static EngineProvider provider(AtomicInteger calls, long delayMillis, Runnable onRecognize) {
        return () -> new EngineProvider.Ready(() -> new CountingEngine(calls, delayMillis, onRecognize), Set.of("eng", "spa"));
    }

    @Override
    public Recognition recognize(BufferedImage grayImage, int dpi, String model) {
        calls.incrementAndGet();
        onRecognize.run();
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return new Recognition(TEXT, 91, List.of(new Word("The", 0.1, 0.1, 0.05, 0.02, 91)));
    }

    @Override
    public java.util.OptionalInt uprightRotation(BufferedImage grayImage, int dpi) {
        return java.util.OptionalInt.of(0);
    }

    @Override
    public String name() {
        return "counting";
    }

    @Override
    public void close() {
    }
}
