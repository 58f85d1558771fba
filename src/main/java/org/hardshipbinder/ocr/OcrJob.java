package org.hardshipbinder.ocr;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * One run's shared state: the pages still to hand out (in document order), the counts, and each document's
 * language as found so far, so that the rest of a Spanish letter is read with the Spanish model straight away.
 */
final class OcrJob {

    static final String DEFAULT_MODEL = "eng";

    private final Queue<PendingPage> queue;
    private final int total;
    private final OcrQueueStore store;
    private final OcrProgressListener listener;
    private final OcrControl control;
    private final ModelChoice models;
    private final Map<Long, String> documentModels = new ConcurrentHashMap<>();
    private final AtomicInteger finished = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger textLayer = new AtomicInteger();
    private final AtomicInteger recognized = new AtomicInteger();
    private final AtomicInteger reread = new AtomicInteger();
    private final int documents;

    OcrJob(List<PendingPage> pending, OcrQueueStore store, OcrProgressListener listener, OcrControl control,
           ModelChoice models) {
        this.queue = new ConcurrentLinkedQueue<>(pending);
        this.total = pending.size();
        this.documents = (int) pending.stream().map(p -> p.page().documentId()).distinct().count();
        this.store = store;
        this.listener = listener;
        this.control = control;
        this.models = models;
    }

    OcrSummary run(int workers, Supplier<OcrWorker> newWorker) throws InterruptedException {
        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < Math.min(workers, Math.max(1, total)); i++) {
            Thread t = new Thread(newWorker.get(), "ocr-worker-" + (i + 1));
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        return new OcrSummary(finished.get(), textLayer.get(), recognized.get(), reread.get(), failed.get(), documents,
                control.isCancelled() && finished.get() < total, Duration.ofNanos(System.nanoTime() - start), null);
    }

    /** The next page to read, or null when there is none or the run was cancelled. */
    PendingPage next() throws InterruptedException {
        return control.mayContinue() ? queue.poll() : null;
    }

    String modelFor(long documentId) {
        return documentModels.getOrDefault(documentId, models.first());
    }

    void done(PendingPage pending, PageReader.Outcome outcome) {
        store.done(outcome.text(), pending.page().documentId(), outcome.turn());
        LanguageCodes.tesseractModel(outcome.text().language()).filter(models.usable()::contains)
                .ifPresent(model -> documentModels.put(pending.page().documentId(), model));
        (outcome.text().origin() == org.hardshipbinder.model.TextOrigin.OCR ? recognized : textLayer).incrementAndGet();
        if (outcome.reread()) {
            reread.incrementAndGet();
        }
        report(pending);
    }

    void failed(PendingPage pending, String reason) {
        store.failed(pending.page().id(), pending.page().documentId(), reason);
        failed.incrementAndGet();
        report(pending);
    }

    private void report(PendingPage pending) {
        listener.onProgress(new OcrProgress(finished.incrementAndGet(), failed.get(), total,
                pending.page().documentId(), pending.fileName(), pending.page().number()));
    }
}
