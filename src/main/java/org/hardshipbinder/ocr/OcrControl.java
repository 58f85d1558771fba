package org.hardshipbinder.ocr;

/** Pause, resume and cancel for a running OCR job; workers consult it between pages. */
public final class OcrControl {

    private boolean paused;
    private boolean cancelled;

    public synchronized void pause() {
        paused = true;
    }

    public synchronized void resume() {
        paused = false;
        notifyAll();
    }

    /** Stops after the pages being read now; the rest stay queued in the vault for a later run. */
    public synchronized void cancel() {
        cancelled = true;
        notifyAll();
    }

    public synchronized boolean isPaused() {
        return paused;
    }

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    /** Blocks while paused; true when the worker may take another page, false once cancelled. */
    synchronized boolean mayContinue() throws InterruptedException {
        while (paused && !cancelled) {
            wait();
        }
        return !cancelled;
    }
}
