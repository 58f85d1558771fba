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

    public TaskRunner(Executor background, Executor ui, Consumer<Throwable> errorLog) {
        this.background = background;
        this.ui = ui;
        this.errorLog = errorLog;
    }

    public <T> void run(Work<T> work, Callbacks<T> callbacks) {
        background.execute(() -> {
            Progress progress = new Progress() {
                @Override
                public void report(long done, long total, String message) {
                    ui.execute(() -> callbacks.progress(done, total, message));
                }

                @Override
                public void deliver(Runnable uiUpdate) {
                    ui.execute(uiUpdate);
                }
            };
            try {
                T result = work.run(progress);
                ui.execute(() -> callbacks.succeeded(result));
            } catch (Exception | Error e) {
                errorLog.accept(e);
                ui.execute(() -> callbacks.failed(e));
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
