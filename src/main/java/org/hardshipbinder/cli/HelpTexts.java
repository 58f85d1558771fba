package org.hardshipbinder.cli;

import java.util.Collections;
import java.util.Enumeration;
import java.util.ResourceBundle;
import org.hardshipbinder.i18n.Messages;

/**
 * Picocli's view of the message bundles: the help of every command comes from them, so a feature keeps its
 * command's help texts in its own bundle beside its messages. Keys are picocli's: {@code hardship-binder.CMD.SUB.usage.description}
 * (numbered {@code .0}, {@code .1} … for several lines) and {@code hardship-binder.CMD.SUB.OPTION} (the option's
 * long name without dashes).
 */
final class HelpTexts extends ResourceBundle {

    private final Messages messages;

    HelpTexts(Messages messages) {
        this.messages = messages;
    }

    @Override
    protected Object handleGetObject(String key) {
        return messages.pattern(key).orElse(null);
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(messages.keys());
    }
}
