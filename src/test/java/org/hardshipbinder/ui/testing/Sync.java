package org.hardshipbinder.ui.testing;

import java.util.Locale;
import org.hardshipbinder.i18n.Messages;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.task.TaskRunner;

/** Plain-JUnit helpers: a task runner that runs everything at once on the calling thread, and English text. */
public final class Sync {

    private Sync() {
    }

    public static TaskRunner tasks() {
        return new TaskRunner(Runnable::run, Runnable::run, e -> { });
    }

    public static UiText english() {
        return new UiText(new Messages(Locale.ENGLISH));
    }
}
