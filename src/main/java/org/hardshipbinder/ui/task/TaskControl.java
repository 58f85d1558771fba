package org.hardshipbinder.ui.task;

import java.util.concurrent.CancellationException;

/**
 * Pause and cancel for long background work. The work calls {@link #checkpoint()} between steps (a file, a page):
 * it waits there while paused and stops there when cancelled, so no step is ever left half done.
 */
public final class TaskControl {

    private final Object lock = new Object();
    private boolean paused;
    private boolean cancelled;

    public void pause() {
        synchronized (lock) {
            paused = true;
        }
    }

    public void resume() {
        synchronized (lock) {
            paused = false;
            lock.notifyAll();
        }
    }

    public void cancel() {
        synchronized (lock) {
            cancelled = true;
            lock.notifyAll();
        }
    }

    public boolean isPaused() {
        synchronized (lock) {
            return paused;
        }
    }

    public boolean isCancelled() {
        synchronized (lock) {
            return cancelled;
        }
    }

    /** Waits while paused; throws {@link CancellationException} once cancelled. */
    public void checkpoint() {
        synchronized (lock) {
            while (paused && !cancelled) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    cancelled = true;
                }
            }
            if (cancelled) {
                throw new CancellationException();
            }
        }
    }
}
