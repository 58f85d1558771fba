package org.hardshipbinder.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** Reports, deliveries and the result reach the UI executor, in the order the work made them. */
class TaskRunnerTest {

    @Test
    void deliveriesLandOnTheUiExecutorBetweenReportsAndBeforeTheResult() {
        List<Runnable> uiQueue = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        Executor direct = Runnable::run;
        TaskRunner tasks = new TaskRunner(direct, uiQueue::add, e -> { });

        tasks.run(progress -> {
            progress.report(1, 2, "first");
            progress.deliver(() -> seen.add("row 1"));
            progress.report(2, 2, "second");
            progress.deliver(() -> seen.add("row 2"));
            assertThat(seen).as("nothing runs on the worker's thread").isEmpty();
            return "done";
        }, new TaskRunner.Callbacks<String>() {
            @Override
            public void progress(long done, long total, String message) {
                seen.add(message);
            }

            @Override
            public void succeeded(String result) {
                seen.add(result);
            }

            @Override
            public void failed(Throwable error) {
                seen.add("failed");
            }
        });

        assertThat(seen).isEmpty();
        uiQueue.forEach(Runnable::run);
        assertThat(seen).containsExactly("first", "row 1", "second", "row 2", "done");
    }

    /**
     * When the vault locks, the work already running ends undisturbed, its result is not delivered to screens that
     * are going away, work not yet started never runs, and the lock can wait for the running work to end.
     */
    @Test
    void aRetiredRunnerLetsRunningWorkEndDropsTheRestAndSaysWhenItIsIdle() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            List<Runnable> uiQueue = java.util.Collections.synchronizedList(new ArrayList<>());
            List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());
            java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
            TaskRunner tasks = new TaskRunner(pool, uiQueue::add, e -> seen.add("logged " + e.getMessage()));

            tasks.run(() -> {
                started.countDown();
                release.await();
                seen.add("first work ended");
                return "first";
            }, seen::add, e -> seen.add("failed"));
            tasks.run(() -> {
                seen.add("queued work ran");
                return "second";
            }, seen::add, e -> seen.add("failed"));
            started.await();
            tasks.retire();
            tasks.run(() -> {
                seen.add("late work ran");
                return "third";
            }, seen::add, e -> seen.add("failed"));
            assertThat(tasks.awaitIdle(java.time.Duration.ofMillis(50))).as("the first work still runs").isFalse();

            release.countDown();
            assertThat(tasks.awaitIdle(java.time.Duration.ofSeconds(10))).isTrue();
            new ArrayList<>(uiQueue).forEach(Runnable::run);
            assertThat(seen).containsExactly("first work ended");

            TaskRunner fresh = tasks.fresh();
            fresh.run(() -> "after unlock", seen::add, e -> seen.add("failed"));
            assertThat(fresh.awaitIdle(java.time.Duration.ofSeconds(10))).isTrue();
            new ArrayList<>(uiQueue).forEach(Runnable::run);
            assertThat(seen).containsExactly("first work ended", "after unlock");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void closeWaitsForTheRunningTaskAndNothingReachesTheUiAfterwards() throws Exception {
        List<Runnable> uiQueue = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Throwable> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        TaskRunner tasks = new TaskRunner(pool, uiQueue::add, logged::add);
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        tasks.<String>run(() -> {
            started.countDown();
            release.await();
            throw new IllegalStateException("the vault is closed");
        }, seen::add, e -> seen.add("failed"));
        started.await();
        assertThat(tasks.isIdle()).isFalse();
        assertThat(tasks.awaitIdle(java.time.Duration.ofMillis(50))).isFalse();

        Thread closer = new Thread(() -> {
            try {
                seen.add("closed " + tasks.close(java.time.Duration.ofSeconds(10)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        closer.start();
        Thread.sleep(50);
        assertThat(closer.isAlive()).as("close waits for the running task").isTrue();
        release.countDown();
        closer.join(10_000);
        assertThat(seen).containsExactly("closed true");
        assertThat(tasks.isIdle()).isTrue();

        // after close: new work is not started, and the late failure neither reaches the UI nor the error log
        tasks.run(() -> "late", seen::add, e -> seen.add("failed"));
        pool.shutdown();
        assertThat(pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        uiQueue.forEach(Runnable::run);
        assertThat(seen).containsExactly("closed true");
        assertThat(logged).isEmpty();
    }

    @Test
    void aShutDownPoolDoesNotThrowIntoTheWindow() {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        pool.shutdownNow();
        TaskRunner tasks = new TaskRunner(pool, Runnable::run, e -> { });
        tasks.run(() -> "never", r -> { }, e -> { });
        assertThat(tasks.isIdle()).isTrue();
    }
}
