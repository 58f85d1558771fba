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

    private final OcrService ocr;
    private final Supplier<List<String>> languages;

    /** {@code languages}: the models chosen in Preferences ("eng", "spa" …), read at the start of each run. */
    public OcrTextRecognition(OcrService ocr, Supplier<List<String>> languages) {
        this.ocr = ocr;
        this.languages = languages;
    }

    @Override
    public Summary recognizePending(long caseId, PageListener listener, TaskControl control) throws Exception {
        // Pages kept as numbers only for want of their language's model are read again once it has been added.
        ocr.queueAgainForNewModels(caseId);
        OcrRun run = ocr.start(OcrRequest.forCase(caseId, workers()).inLanguages(languages.get()),
                progress -> listener.pageDone(progress.finished(), progress.total()));
        OcrSummary summary = null;
        while (summary == null) {
            follow(control, run.control());
            try {
                summary = run.result().get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillReading) {
                // keep following pause and cancel
            }
        }
        return new Summary(summary.pages() - summary.failed(), summary.failed(), summary.unavailable());
    }

    /** One core fewer than the OCR service would use alone: the window keeps a core to stay responsive. */
    private int workers() {
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
