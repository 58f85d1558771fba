package org.hardshipbinder.ui.task;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * The one way the UI runs work: {@code work} on the background executor, every callback (progress, result, failure)
 * on the UI executor. The app passes a thread pool and {@code Platform::runLater}; tests pass direct executors.
 *
 * <p>When the window closes, {@link #close} stops taking work and waits for the running tasks, so the vault is
 * closed only after them; from then on nothing reaches the UI (a task that still ends later is dropped quietly).
 */
public final class TaskRunner {

    /** Background work that may report progress as it goes. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** Progress as the work sees it; each report reaches the UI thread. */
    @FunctionalInterface
    public interface Progress {
        void report(long done, long total, String message);

        /**
         * Hands a partial result to the UI while the work goes on (a document just imported): {@code uiUpdate} runs
         * on the UI thread, after the reports made before it and before the task's result.
         */
        default void deliver(Runnable uiUpdate) {
            uiUpdate.run();
        }
    }

    /** Where a task's reports and result land (always on the UI thread). */
    public interface Callbacks<T> {
        default void progress(long done, long total, String message) {
        }

        void succeeded(T result);

        void failed(Throwable error);
    }

    private final Executor background;
    private final Executor ui;
    private final Consumer<Throwable> errorLog;
    private final Object idle = new Object();
    private int running;
    private volatile boolean closed;

    public TaskRunner(Executor background, Executor ui, Consumer<Throwable> errorLog) {
        this.background = background;
        this.ui = ui;
        this.errorLog = errorLog;
    }

    /** Another runner on the same threads, with nothing in flight (the screens rebuilt after the vault reopened). */
    public TaskRunner fresh() {
        return new TaskRunner(background, ui, errorLog);
    }

    /**
     * The screens that use this runner are going away (the vault locks): work not yet started is dropped, and the
     * results of work still running are not delivered. {@link #awaitIdle} then waits for that work to end.
     */
    public void retire() {
        closed = true;
    }

    public <T> void run(Work<T> work, Callbacks<T> callbacks) {
        synchronized (idle) {
            if (closed) {
                return; // the window is closing: no new work
            }
            running++;
        }
        try {
            background.execute(() -> runNow(work, callbacks));
        } catch (RejectedExecutionException shutDown) {
            finished();
        }
    }

    private <T> void runNow(Work<T> work, Callbacks<T> callbacks) {
        Progress progress = new Progress() {
            @Override
            public void report(long done, long total, String message) {
                toUi(() -> callbacks.progress(done, total, message));
            }

            @Override
            public void deliver(Runnable uiUpdate) {
                toUi(uiUpdate);
            }
        };
        try {
            if (closed) {
                return; // retired or closed before it started: its vault may be gone
            }
            T result = work.run(progress);
            toUi(() -> callbacks.succeeded(result));
        } catch (Exception | Error e) {
            if (!closed) {
                errorLog.accept(e);
            }
            toUi(() -> callbacks.failed(e));
        } finally {
            finished();
        }
    }

    /** Hands an update to the UI unless the window has closed in the meantime. */
    private void toUi(Runnable update) {
        if (closed) {
            return;
        }
        try {
            ui.execute(() -> {
                if (!closed) {
                    update.run();
                }
            });
        } catch (RejectedExecutionException | IllegalStateException uiGone) {
            // the UI toolkit has stopped: there is no window to tell
        }
    }

    private void finished() {
        synchronized (idle) {
            running--;
            idle.notifyAll();
        }
    }

    /** Whether no task is running or waiting to run. */
    public boolean isIdle() {
        synchronized (idle) {
            return running == 0;
        }
    }

    /**
     * Waits until no task is running, at most {@code timeout}, without stopping new ones; returns whether it is idle.
     * Tests call it before they close the vault.
     */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (idle) {
            while (running > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                idle.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    /**
     * The window is closing: takes no more work, delivers nothing more to the UI, and waits at most {@code timeout}
     * for the running tasks to end. Returns whether they all did (if not, the caller interrupts its threads).
     */
    public boolean close(Duration timeout) throws InterruptedException {
        closed = true;
        return awaitIdle(timeout);
    }

    /** Shorthand for work without progress. */
    public <T> void run(java.util.concurrent.Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        run(progress -> work.call(), new Callbacks<T>() {
            @Override
            public void succeeded(T result) {
                onSuccess.accept(result);
            }

            @Override
            public void failed(Throwable error) {
                onFailure.accept(error);
            }
        });
    }
}
