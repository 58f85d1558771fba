package org.hardshipbinder.ui;

import org.hardshipbinder.i18n.Messages;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.vault.VaultUnavailableException;

/** Turns errors and messages into the plain sentences the user sees. */
public final class UiText {

    private final Messages messages;

    public UiText(Messages messages) {
        this.messages = messages;
    }

    public String get(String key, Object... args) {
        return messages.get(key, args);
    }

    public String format(UserMessage message) {
        return messages.format(message);
    }

    public String error(Throwable error) {
        if (error instanceof VaultUnavailableException unavailable) {
            return messages.format(unavailable.userMessage());
        }
        String detail = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return messages.get("ui.error.generic", detail);
    }

    public Messages messages() {
        return messages;
    }
}
