package org.hardshipbinder.ui.task;

import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The one way the UI runs work: {@code work} on the background executor, every callback (progress, result, failure)
 * on the UI executor. The app passes a thread pool and {@code Platform::runLater}; tests pass direct executors.
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
    private final Object inFlightLock = new Object();
    private int inFlight;
    private volatile boolean retired;

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
        retired = true;
    }

    /** Waits (off the UI thread) until no work of this runner is running; false when {@code timeout} passed first. */
    public boolean awaitIdle(java.time.Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (inFlightLock) {
            while (inFlight > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(inFlightLock, left);
            }
            return true;
        }
    }

    private void started() {
        synchronized (inFlightLock) {
            inFlight++;
        }
    }

    private void ended() {
        synchronized (inFlightLock) {
            inFlight--;
            inFlightLock.notifyAll();
        }
    }

    public <T> void run(Work<T> work, Callbacks<T> callbacks) {
        if (retired) {
            return;
        }
        started();
        try {
            background.execute(() -> runNow(work, callbacks));
        } catch (RuntimeException rejected) {
            ended();
            throw rejected;
        }
    }

    private <T> void runNow(Work<T> work, Callbacks<T> callbacks) {
        try {
            if (retired) {
                return;
            }
            Progress progress = new Progress() {
                @Override
                public void report(long done, long total, String message) {
                    deliverUnlessRetired(() -> callbacks.progress(done, total, message));
                }

                @Override
                public void deliver(Runnable uiUpdate) {
                    deliverUnlessRetired(uiUpdate);
                }
            };
            try {
                T result = work.run(progress);
                deliverUnlessRetired(() -> callbacks.succeeded(result));
            } catch (Exception | Error e) {
                if (!retired) {
                    errorLog.accept(e);
                }
                deliverUnlessRetired(() -> callbacks.failed(e));
            }
        } finally {
            ended();
        }
    }

    private void deliverUnlessRetired(Runnable callback) {
        ui.execute(() -> {
            if (!retired) {
                callback.run();
            }
        });
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
