package org.hardshipbinder.ui.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Background threads run at the lowest priority, and so do the threads they start. */
class BackgroundThreadsTest {

    @Test
    void backgroundThreadsAndTheirChildrenAreNicedOnLinux() throws Exception {
        CompletableFuture<int[]> seen = new CompletableFuture<>();
        Thread thread = new BackgroundThreads("test-background").newThread(() -> {
            try {
                int own = niceOfThisThread();
                CompletableFuture<Integer> child = new CompletableFuture<>();
                Thread started = new Thread(() -> child.complete(niceOfThisThread()));
                started.start();
                seen.complete(new int[] {own, child.get(10, TimeUnit.SECONDS), Thread.currentThread().getPriority()});
            } catch (Exception e) {
                seen.completeExceptionally(e);
            }
        });
        assertThat(thread.isDaemon()).isTrue();
        thread.start();
        int[] result = seen.get(10, TimeUnit.SECONDS);

        assertThat(result[2]).isEqualTo(Thread.MIN_PRIORITY);
        assumeTrue(Files.isReadable(Path.of("/proc/thread-self/stat")), "Linux only");
        assertThat(result[0]).as("the background thread's nice value").isEqualTo(BackgroundThreads.LINUX_NICE);
        assertThat(result[1]).as("a thread it starts (a recognition worker)").isEqualTo(BackgroundThreads.LINUX_NICE);
        assertThat(niceOfThisThread()).as("the caller is untouched").isLessThan(BackgroundThreads.LINUX_NICE);
    }

    @Test
    void theOptimizingCompilerRunsAtBackgroundPriorityOnLinux() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "Linux only");

        assertThat(BackgroundThreads.lowerOptimizingCompilerPriority()).isPositive();

        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            List<Integer> compilerNice = new ArrayList<>();
            List<Integer> quickCompilerNice = new ArrayList<>();
            for (Path task : tasks.toList()) {
                try {
                    String comm = Files.readString(task.resolve("comm"));
                    if (comm.startsWith("C2 CompilerThre")) {
                        compilerNice.add(nice(task.resolve("stat")));
                    } else if (comm.startsWith("C1 CompilerThre")) {
                        quickCompilerNice.add(nice(task.resolve("stat")));
                    }
                } catch (java.nio.file.NoSuchFileException ended) {
                    // a short-lived thread ended between the listing and the read
                }
            }
            assertThat(compilerNice).isNotEmpty().containsOnly(BackgroundThreads.LINUX_NICE);
            assertThat(quickCompilerNice).allMatch(n -> n < BackgroundThreads.LINUX_NICE);
        }
    }

    /** Field 19 of /proc/thread-self/stat is the nice value; -100 where there is no such file. */
    private static int niceOfThisThread() {
        try {
            return nice(Path.of("/proc/thread-self/stat"));
        } catch (Exception e) {
            return -100;
        }
    }

    private static int nice(Path stat) throws java.io.IOException {
        String text = Files.readString(stat);
        String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
        return Integer.parseInt(fields[16]);
    }
}
