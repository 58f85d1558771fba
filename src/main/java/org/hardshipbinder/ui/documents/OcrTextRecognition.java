package org.hardshipbinder.ui.documents;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.hardshipbinder.ocr.OcrControl;
import org.hardshipbinder.ocr.OcrRequest;
import org.hardshipbinder.ocr.OcrRun;
import org.hardshipbinder.ocr.OcrService;
import org.hardshipbinder.ocr.OcrSummary;
import org.hardshipbinder.ui.task.TaskControl;

/**
 * Text recognition through the OCR service: its workers read the pages; this waits for the run and passes the status
 * bar's pause and cancel on to it (the service stops between pages, and unread pages stay queued for next time).
 * Pages in a script whose model was missing when they were read are queued again once that model is installed.
 */
public final class OcrTextRecognition implements TextRecognition {

    /** How long a closing window waits for the readers to finish their current page. */
    private static final int STOP_WAIT_SECONDS = 30;

    private final Supplier<OcrService> service;
    private final Supplier<List<String>> languages;

    /**
     * {@code service}: the OCR service, asked for on the first run (building it loads the language profiles, which
     * the window's start need not wait for); {@code languages}: the models chosen in Preferences ("eng", "spa" …),
     * read at the start of each run.
     */
    public OcrTextRecognition(Supplier<OcrService> service, Supplier<List<String>> languages) {
        this.service = service;
        this.languages = languages;
    }

    @Override
    public Summary recognizePending(long caseId, PageListener listener, TaskControl control) throws Exception {
        OcrService ocr = service.get();
        // Pages kept as numbers only for want of their language's model are read again once it has been added.
        ocr.queueAgainForNewModels(caseId);
        OcrRun run = ocr.start(OcrRequest.forCase(caseId, workers(ocr)).inLanguages(languages.get()),
                progress -> listener.pageDone(progress.finished(), progress.total()));
        OcrSummary summary = null;
        while (summary == null) {
            follow(control, run.control());
            try {
                summary = run.result().get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillReading) {
                // keep following pause and cancel
            } catch (InterruptedException windowClosing) {
                // the window is closing: the readers stop after their current page, before the vault is closed
                run.control().cancel();
                awaitStop(run);
                throw windowClosing;
            }
        }
        return new Summary(summary.pages() - summary.failed(), summary.failed(), summary.unavailable());
    }

    private static void awaitStop(OcrRun run) {
        try {
            run.result().get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception stoppedOrStuck) {
            // stopped with a result, failed, or still on a long page: the caller goes on closing either way
        }
    }

    /** One core fewer than the OCR service would use alone: the window keeps a core to stay responsive. */
    private static int workers(OcrService ocr) {
        return Math.max(1, Math.min(ocr.defaultWorkers(), Runtime.getRuntime().availableProcessors() - 1));
    }

    private static void follow(TaskControl ours, OcrControl theirs) {
        if (ours.isCancelled() && !theirs.isCancelled()) {
            theirs.cancel();
        } else if (ours.isPaused() && !theirs.isPaused()) {
            theirs.pause();
        } else if (!ours.isPaused() && theirs.isPaused()) {
            theirs.resume();
        }
    }
}
