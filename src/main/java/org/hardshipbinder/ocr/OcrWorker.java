package org.hardshipbinder.ocr;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** One worker thread with its own engine and open document; takes pages from the job until none are left. */
final class OcrWorker implements Runnable {

    private static final Logger LOG = Logger.getLogger(OcrWorker.class.getName());

    private final OcrJob job;
    private final PageReader reader;
    private final DocumentFiles files;

    OcrWorker(OcrJob job, PageReader reader, DocumentFiles files) {
        this.job = job;
        this.reader = reader;
        this.files = files;
    }

    @Override
    public void run() {
        try (reader; files) {
            PendingPage pending;
            while ((pending = job.next()) != null) {
                read(pending);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not clean up after OCR", e);
        }
    }

    private void read(PendingPage pending) {
        String reason;
        try {
            PageInput input = files.read(pending);
            job.done(pending, reader.read(pending.page().id(), input, job.modelFor(pending.page().documentId())));
            return;
        } catch (IOException | OcrFailure e) {
            reason = e.getMessage();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "page " + pending.page().id() + " could not be read", e);
            reason = e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (OutOfMemoryError e) {
            reason = "the page is too large to read";
        }
        job.failed(pending, reason);
    }
}
