package org.hardshipbinder.ui.documents;

/** Reads the text of every page of a case still waiting for it. Runs off the UI thread. */
public interface TextRecognition {

    /** Hears after each page; may stop the run by throwing (cancel). */
    @FunctionalInterface
    interface PageListener {
        void pageDone(int done, int total);
    }

    record Summary(int pagesDone, int pagesFailed) {
    }

    Summary recognizePending(long caseId, PageListener listener) throws Exception;
}
