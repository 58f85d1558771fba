package org.hardshipbinder.ocr;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hardshipbinder.vault.DocumentRepository;
import org.hardshipbinder.vault.OriginalRepository;
import org.hardshipbinder.imaging.PhotoCleaner;
import org.hardshipbinder.vault.OriginalStore;
import org.hardshipbinder.vault.PageImageRepository;
import org.hardshipbinder.vault.PageRepository;
import org.hardshipbinder.vault.PageTextRepository;
import org.hardshipbinder.vault.ScratchSpace;
import org.hardshipbinder.vault.Vault;

/**
 * Reads every queued page: starts a run in the background and hands back its handle (progress, pause, cancel,
 * summary). The queue lives in the vault, so a run killed halfway simply continues at the next start.
 */
public final class OcrService {

    private final OcrQueueStore store;
    private final OriginalStore originals;
    private final OriginalRepository passwords;
    private final PagePhotos photos;
    private final EngineProvider engines;
    private final LanguageIdentifier languages;
    private final int defaultWorkers;
    private final PageRepository pages;
    private final PageTextRepository texts;
    private final ScratchSpace scratch;
    private final Set<Long> reading = ConcurrentHashMap.newKeySet();

    public OcrService(Vault vault, DocumentRepository documents, PageRepository pages, PageTextRepository texts,
                      OriginalStore originals, PageImageRepository pageImages, EngineProvider engines,
                      LanguageIdentifier languages, int defaultWorkers) {
        this.store = new OcrQueueStore(vault, documents, pages, texts, pageImages);
        this.photos = new PagePhotos(pageImages, new PhotoCleaner());
        this.originals = originals;
        this.passwords = new OriginalRepository(vault);
        this.scratch = vault.scratch();
        this.engines = engines;
        this.languages = languages;
        this.defaultWorkers = defaultWorkers;
        this.pages = pages;
        this.texts = texts;
    }

    /** As many workers as the machine has cores, unless configured otherwise. */
    public int defaultWorkers() {
        return defaultWorkers;
    }

    /** Starts reading in background threads; never blocks the caller (the UI calls this from its own thread). */
    public OcrRun start(OcrRequest request, OcrProgressListener listener) {
        OcrRun run = new OcrRun();
        Thread coordinator = new Thread(() -> run.complete(() -> execute(request, listener, run.control())), "ocr-run");
        coordinator.setDaemon(true);
        coordinator.start();
        return run;
    }

    private OcrSummary execute(OcrRequest request, OcrProgressListener listener, OcrControl control)
            throws InterruptedException {
        EngineProvider.Engines prepared = engines.prepare();
        if (prepared instanceof EngineProvider.Unavailable unavailable) {
            return OcrSummary.unavailable(unavailable.reason());
        }
        EngineProvider.Ready ready = (EngineProvider.Ready) prepared;
        List<PendingPage> pending = store.pending(request);
        List<Long> documentIds = pending.stream().map(p -> p.page().documentId()).distinct().toList();
        reading.addAll(documentIds);
        try {
            ModelChoice models = ModelChoice.of(request.languages(), ready.installedModels());
            OcrJob job = new OcrJob(pending, store, listener, control, models);
            return job.run(request.workers(), () -> new OcrWorker(job,
                    new PageReader(ready.engines().get(), languages, models.usable()),
                    new DocumentFiles(originals, passwords, photos, scratch)));
        } finally {
            documentIds.forEach(reading::remove);
        }
    }

    /** Whether a running job is reading this document's pages now (its pages must not be edited meanwhile). */
    public boolean isReading(long documentId) {
        return reading.contains(documentId);
    }

    /**
     * Puts back in the queue the pages of a case that were in a script no model could read, once the model of their
     * language is installed; returns how many. The next run reads them properly.
     */
    public int queueAgainForNewModels(long caseId) {
        if (!(engines.prepare() instanceof EngineProvider.Ready ready)) {
            return 0;
        }
        int queued = 0;
        for (var page : texts.pagesMarked(caseId, PageReader.NO_MODEL_MARK).entrySet()) {
            boolean installed = LanguageCodes.tesseractModel(page.getValue()).filter(ready.installedModels()::contains).isPresent();
            if (installed) {
                pages.setStatus(page.getKey(), org.hardshipbinder.model.PageStatus.QUEUED, null);
                queued++;
            }
        }
        return queued;
    }

    /** Reads and waits for the end: for the command line and tests. */
    public OcrSummary run(OcrRequest request, OcrProgressListener listener) throws InterruptedException {
        return start(request, listener).await();
    }
}
