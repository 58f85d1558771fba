package org.hardshipbinder.bench;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Window;
import org.hardshipbinder.app.DesktopApp;
import org.hardshipbinder.app.Launcher;

/**
 * Time to the first window: starts the real desktop app (headless Monocle unless glass.platform is set) on a fresh
 * vault, and prints the time from the process's start to the first pulse after the main window is showing, then
 * exits. Run it in a fresh JVM per measurement (docs/benchmarks.md, "Start-up"):
 * <pre>java -cp probe.jar:monocle.jar:target/hardship-binder.jar org.hardshipbinder.bench.FirstWindowProbe</pre>
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

    private static void watch(Instant processStart) {
        while (true) {
            try {
                CountDownLatch shown = new CountDownLatch(1);
                Platform.runLater(() -> {
                    if (Window.getWindows().stream().anyMatch(w -> w.isShowing() && w.getScene() != null)) {
                        shown.countDown();
                    }
                });
                if (shown.await(1, TimeUnit.SECONDS)) {
                    CountDownLatch pulse = new CountDownLatch(1);
                    Platform.runLater(pulse::countDown);
                    pulse.await();
                    System.out.println("first-window-ms=" + Duration.between(processStart, Instant.now()).toMillis());
                    System.out.flush();
                    Runtime.getRuntime().halt(0);
                }
                Thread.sleep(2);
            } catch (IllegalStateException toolkitNotStartedYet) {
                sleepQuietly();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
