package org.hardshipbinder.ocr;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** The handle of a running OCR job: control it, wait for it, or be told when it ends. */
public final class OcrRun {

    private final OcrControl control = new OcrControl();
    private final CompletableFuture<OcrSummary> result = new CompletableFuture<>();

    OcrRun() {
    }

    void complete(Callable<OcrSummary> work) {
        try {
            result.complete(work.call());
        } catch (Exception | Error e) {
            result.completeExceptionally(e);
        }
    }

    public OcrControl control() {
        return control;
    }

    public CompletableFuture<OcrSummary> result() {
        return result;
    }

    public OcrSummary await() throws InterruptedException {
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
