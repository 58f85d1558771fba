package org.hardshipbinder.ui.task;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.hardshipbinder.ui.UiText;

/**
 * What the status bar shows: the long task running now (import, text recognition, export), how far it is, and
 * whether it is paused. Only touched on the UI thread; the task reports through {@link TaskRunner} callbacks.
 * Messages are {@link Phrase}s put into words in the language shown now: when the window is rebuilt in another
 * language, {@link #speak} says the current message again in it, and a task started before the switch goes on
 * reporting in the new language.
 */
public final class Activity {

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(false);
    private TaskControl control = new TaskControl();
    private UiText text;
    private Phrase current;

    /** Idle, saying {@code ui.status.ready} in {@code text}'s language. */
    public Activity(UiText text) {
        this.text = text;
        say(Phrase.of("ui.status.ready"));
    }

    /** The window now speaks {@code text}'s language: the message shown is said again in it. */
    public void speak(UiText text) {
        this.text = text;
        say(current);
    }

    private void say(Phrase phrase) {
        current = phrase;
        message.set(phrase.in(text));
    }

    /** A new task starts: returns the control its work must check between steps. */
    public TaskControl start(Phrase startMessage) {
        control = new TaskControl();
        say(startMessage);
        progress.set(-1);
        running.set(true);
        paused.set(false);
        return control;
    }

    /** How far the task is; {@code phrase} (when not null) replaces the message. */
    public void progress(long done, long total, Phrase phrase) {
        progress.set(total <= 0 ? -1 : (double) done / total);
        if (phrase != null) {
            say(phrase);
        }
    }

    public void finish(Phrase finalMessage) {
        say(finalMessage);
        progress.set(0);
        running.set(false);
        paused.set(false);
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
