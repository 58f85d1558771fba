package org.hardshipbinder.ui.task;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the status bar shows: the long task running now (import, text recognition, export), how far it is, and
 * whether it is paused. Only touched on the UI thread; the task reports through {@link TaskRunner} callbacks.
 */
public final class Activity {

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(false);
    private TaskControl control = new TaskControl();

    public Activity(String idleMessage) {
        message.set(idleMessage);
    }

    /** A new task starts: returns the control its work must check between steps. */
    public TaskControl start(String startMessage) {
        control = new TaskControl();
        message.set(startMessage);
        progress.set(-1);
        running.set(true);
        paused.set(false);
        return control;
    }

    public void progress(long done, long total, String text) {
        progress.set(total <= 0 ? -1 : (double) done / total);
        if (text != null) {
            message.set(text);
        }
    }

    public void finish(String finalMessage) {
        message.set(finalMessage);
        progress.set(0);
        running.set(false);
        paused.set(false);
    }

    /** Shows {@code idleMessage} unless a task is running (the window was rebuilt in another language). */
    public void idle(String idleMessage) {
        if (!running.get()) {
            message.set(idleMessage);
        }
    }

    public void togglePause() {
        if (control.isPaused()) {
            control.resume();
            paused.set(false);
        } else {
            control.pause();
            paused.set(true);
        }
    }

    public void cancel() {
        control.cancel();
        paused.set(false);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }
}
