package org.hardshipbinder.ui.task;

import org.hardshipbinder.ui.UiText;

/**
 * A sentence of the status bar kept as what it says, not as words: it is put into words in the interface language
 * each time it is shown, so a task still running when the user switches language reports in the new one.
 */
@FunctionalInterface
public interface Phrase {

    String in(UiText text);

    /** The bundle text at {@code key} with {@code args}, in whatever language is shown. */
    static Phrase of(String key, Object... args) {
        Object[] copy = args.clone();
        return text -> text.get(key, copy);
    }

}
