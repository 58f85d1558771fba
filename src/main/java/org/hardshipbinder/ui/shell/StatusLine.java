package org.hardshipbinder.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.task.Activity;

/**
 * The status bar at the foot of the window: the background task's message, and while a task runs its progress,
 * pause and cancel. The progress bar and the two buttons are made when the first task starts, not with the window:
 * its first picture shows only the message.
 */
final class StatusLine extends HBox {

    private final Activity activity;
    private final UiText text;
    private ProgressBar progress;

    StatusLine(Activity activity, UiText text) {
        this.activity = activity;
        this.text = text;
        setId("statusBar");
        getStyleClass().add("status-line");
        Label message = new Label();
        message.setId("statusText");
        message.setMaxWidth(Double.MAX_VALUE);
        message.textProperty().bind(activity.messageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        getChildren().add(message);
        whenFirst(activity.progressProperty(), p -> p.doubleValue() != 0, this::addProgress);
        whenFirst(activity.runningProperty(), Boolean::booleanValue, this::addTaskButtons);
    }

    /** Runs {@code make} once, as soon as {@code value} passes {@code test} (at once if it does already). */
    private static <T> void whenFirst(ObservableValue<T> value, java.util.function.Predicate<T> test, Runnable make) {
        if (test.test(value.getValue())) {
            make.run();
            return;
        }
        value.addListener(new ChangeListener<T>() {
            @Override
            public void changed(ObservableValue<? extends T> o, T old, T now) {
                if (test.test(now)) {
                    value.removeListener(this);
                    make.run();
                }
            }
        });
    }

    /** Shown while the task reports progress (or runs without knowing how far it is). */
    private void addProgress() {
        progress = new ProgressBar();
        progress.setId("taskProgress");
        progress.progressProperty().bind(activity.progressProperty());
        progress.visibleProperty().bind(activity.progressProperty().isNotEqualTo(0));
        progress.managedProperty().bind(progress.visibleProperty());
        getChildren().add(1, progress);
    }

    private void addTaskButtons() {
        Button pause = new Button();
        pause.setId("pauseButton");
        pause.textProperty().bind(Bindings.when(activity.pausedProperty())
                .then(text.get("ui.task.resume")).otherwise(text.get("ui.task.pause")));
        pause.setOnAction(e -> activity.togglePause());
        Button cancel = new Button(text.get("ui.task.cancel"));
        cancel.setId("cancelTaskButton");
        cancel.setOnAction(e -> activity.cancel());
        for (Button b : new Button[] {pause, cancel}) {
            b.visibleProperty().bind(activity.runningProperty());
            b.managedProperty().bind(activity.runningProperty());
        }
        getChildren().addAll(pause, cancel);
    }
}
