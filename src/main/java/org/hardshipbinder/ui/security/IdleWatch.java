package org.hardshipbinder.ui.security;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.util.Duration;

/**
 * Feeds the idle lock: every mouse, keyboard, scroll or touch event reaching the window restarts its idle time (an
 * event filter, so input a control consumes counts too), and a timer asks it every few seconds whether to lock.
 */
public final class IdleWatch {

    private static final Duration TICK = Duration.seconds(5);

    private final Timeline timer;

    public IdleWatch(Scene scene, LockViewModel lock) {
        scene.addEventFilter(InputEvent.ANY, e -> lock.touch());
        timer = new Timeline(new KeyFrame(TICK, e -> lock.tick()));
        timer.setCycleCount(Animation.INDEFINITE);
    }

    public void start() {
        timer.play();
    }

    public void stop() {
        timer.stop();
    }
}
