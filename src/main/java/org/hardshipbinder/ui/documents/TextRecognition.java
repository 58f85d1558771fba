package org.hardshipbinder.ui.documents;

/** Reads the text of every page of a case still waiting for it. Runs off the UI thread. */
public interface TextRecognition {

    /** Hears after each page; may stop the run by throwing (cancel). */
    @FunctionalInterface
    interface PageListener {
        void pageDone(int done, int total);
    }

    /** Pages read and pages that failed; {@code unavailable} says why nothing could be read on this machine. */
    record Summary(int pagesDone, int pagesFailed, org.hardshipbinder.model.UserMessage unavailable) {
    }

    /** Reads the case's waiting pages; pause and cancel on {@code control} reach the readers between pages. */
    Summary recognizePending(long caseId, PageListener listener, org.hardshipbinder.ui.task.TaskControl control) throws Exception;
}
