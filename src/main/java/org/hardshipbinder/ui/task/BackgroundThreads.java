package org.hardshipbinder.ui.task;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadFactory;
import java.util.stream.Stream;

/**
 * Threads for background work that yield to the window: on a busy machine the JavaFX threads get the processors
 * first, and threads started from these (text recognition's workers) inherit the same low priority. Windows and
 * macOS honour {@link Thread#MIN_PRIORITY}; Linux ignores Java priorities, so there each thread lowers its own nice
 * value at start ({@code setpriority} applies to the calling thread alone on Linux), which needs no privilege.
 */
public final class BackgroundThreads implements ThreadFactory {

    /** Nice value of background threads on Linux: a tenth of a normal thread's share of a busy processor. */
    static final int LINUX_NICE = 10;
    private static final int PRIO_PROCESS = 0;

    private interface LinuxC extends Library {
        int setpriority(int which, int who, int prio);
    }

    private final String name;

    public BackgroundThreads(String name) {
        this.name = name;
    }

    @Override
    public Thread newThread(Runnable work) {
        Thread thread = new Thread(() -> {
            lowerOwnPriority();
            work.run();
        }, name);
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    }

    /** Lowers the calling thread's priority on Linux; false where that is not possible (it then runs as it is). */
    static boolean lowerOwnPriority() {
        return setNice(0);
    }

    /**
     * Gives the JVM's optimizing (C2) compiler threads the same low priority on Linux, as the JVM's own
     * {@code -XX:CompilerThreadPriority} would if it could be passed to {@code java -jar}. While a batch starts, C2
     * compiles the background code's hot loops (image decoding, deskewing) in bursts of a tenth of a second or more,
     * and on two cores those bursts were what still held up frames. The quick (C1) compiler keeps its priority, so
     * the window's own code is compiled without delay. Returns how many threads were lowered.
     */
    public static int lowerOptimizingCompilerPriority() {
        Path tasks = Path.of("/proc/self/task");
        if (!Platform.isLinux() || !Files.isDirectory(tasks)) {
            return 0;
        }
        try (Stream<Path> threads = Files.list(tasks)) {
            return (int) threads.filter(BackgroundThreads::isOptimizingCompiler)
                    .filter(t -> setNice(Integer.parseInt(t.getFileName().toString()))).count();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static boolean isOptimizingCompiler(Path thread) {
        try {
            return Files.readString(thread.resolve("comm")).startsWith("C2 CompilerThre");
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code setpriority} on one Linux thread (0: the calling thread). */
    private static boolean setNice(int threadId) {
        if (!Platform.isLinux()) {
            return false;
        }
        try {
            return Native.load("c", LinuxC.class).setpriority(PRIO_PROCESS, threadId, LINUX_NICE) == 0;
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            return false;
        }
    }
}
