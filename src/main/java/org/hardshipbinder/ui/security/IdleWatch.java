package org.hardshipbinder.ui.security;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;

/**
 * Feeds the idle lock: every mouse, keyboard, scroll or touch event reaching the window restarts its idle time (an
 * event filter, so input a control consumes counts too), and a timer asks it every few seconds whether to lock.
 * The timer is a sleeping daemon thread that hands each tick to the JavaFX thread, not a JavaFX animation: a running
 * animation keeps the window pulsing sixty times a second for as long as it runs, idle or not.
 */
public final class IdleWatch {

    private static final long TICK_SECONDS = 5;

    private final LockViewModel lock;
    private ScheduledExecutorService timer;

    public IdleWatch(Scene scene, LockViewModel lock) {
        this.lock = lock;
        scene.addEventFilter(InputEvent.ANY, e -> lock.touch());
    }

    public void start() {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "idle-lock-timer");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleAtFixedRate(() -> Platform.runLater(lock::tick), TICK_SECONDS, TICK_SECONDS, TimeUnit.SECONDS);
    }

    public void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
