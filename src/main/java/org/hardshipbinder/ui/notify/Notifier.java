package org.hardshipbinder.ui.notify;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Tells the user that something ended (an import batch, recognition, an export). Every notice is also kept in
 * {@link #history()} so it can be read again after the pop-up has gone. Call on the UI thread.
 */
public class Notifier {

    private final ObservableList<Notice> history = FXCollections.observableArrayList();

    public void notify(Notice notice) {
        history.add(0, notice);
        show(notice);
    }

    /** How the notice pops up; the desktop shows a ControlsFX notification, tests keep only the history. */
    protected void show(Notice notice) {
    }

    public ObservableList<Notice> history() {
        return history;
    }
}
