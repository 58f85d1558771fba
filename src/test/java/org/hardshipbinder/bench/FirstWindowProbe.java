package org.hardshipbinder.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.shape.Rectangle;
import javafx.stage.Window;
import org.hardshipbinder.app.DesktopApp;
import org.hardshipbinder.app.Launcher;

/**
 * Time to the first window: starts the real desktop app (headless Monocle unless glass.platform is set) on a fresh
 * vault, and prints the time from the process's start until the main window's first frame is drawn, then exits.
 * Run it in a fresh JVM per measurement (docs/benchmarks.md, "Start-up"):
 * <pre>java -cp probe.jar:monocle.jar:target/hardship-binder.jar org.hardshipbinder.bench.FirstWindowProbe</pre>
 * Printed: {@code shown-ms} when the window is showing (its scene styled and laid out by {@code show()}),
 * {@code first-frame-ms} when the first pulse after that has laid it out and handed its frame to the renderer, and
 * {@code first-window-ms} when the renderer has drawn that frame (a one-pixel snapshot queued behind it is done),
 * then the CPU time each busy thread used until then.
 */
public final class FirstWindowProbe {

    private FirstWindowProbe() {
    }

    public static void main(String[] args) throws Exception {
        Instant processStart = ProcessHandle.current().info().startInstant().orElseThrow();
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("prism.text", "t2k");
        setIfAbsent(DesktopApp.VAULT_PROPERTY, Files.createTempDirectory("first-window").toString());
        Thread watcher = new Thread(() -> watch(processStart), "first-window-probe");
        watcher.setDaemon(true);
        watcher.start();
        Launcher.main(new String[0]);
    }

    /** As soon as the toolkit runs, follows the windows it shows (before the app's own start() can show one). */
    private static void watch(Instant processStart) {
        while (true) {
            try {
                Platform.runLater(() -> Window.getWindows().addListener((ListChangeListener<Window>) change -> {
                    while (change.next()) {
                        change.getAddedSubList().forEach(w -> follow(w, processStart));
                    }
                }));
                return;
            } catch (IllegalStateException toolkitNotStartedYet) {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private static void follow(Window window, Instant processStart) {
        Scene scene = window.getScene();
        if (scene == null) {
            return;
        }
        Platform.runLater(() -> print("shown-ms", processStart));
        Runnable[] firstPulse = new Runnable[1];
        firstPulse[0] = () -> { // the first pulse after show(): laid out; its frame goes to the renderer at its end
            scene.removePostLayoutPulseListener(firstPulse[0]);
            Platform.runLater(() -> {
                print("first-frame-ms", processStart);
                // the renderer works in order: a one-pixel snapshot is drawn once that frame is
                new Rectangle(1, 1).snapshot(null, null);
                print("first-window-ms", processStart);
                printThreadCpu();
                System.out.flush();
                Runtime.getRuntime().halt(0);
            });
        };
        scene.addPostLayoutPulseListener(firstPulse[0]);
    }

    /**
     * CPU time of each thread that used more than 5 ms until now, as {@code cpu-ms[thread]=…}: on a busy machine the
     * wall clock stretches, the work done by the JavaFX thread and the launcher thread much less.
     */
    private static void printThreadCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            long nanos = info == null ? -1 : threads.getThreadCpuTime(info.getThreadId());
            if (nanos > 5_000_000) {
                System.out.println("cpu-ms[" + info.getThreadName().replace(' ', '_') + "]=" + nanos / 1_000_000);
            }
        }
    }

    private static void print(String what, Instant processStart) {
        System.out.println(what + "=" + Duration.between(processStart, Instant.now()).toMillis());
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
