package org.hardshipbinder.vault;

import org.hardshipbinder.model.UserMessage;

/** The vault could not be opened or used at all: missing, locked by another window, corrupt, or unreadable. */
public class VaultUnavailableException extends RuntimeException {

    private final UserMessage userMessage;

    public VaultUnavailableException(UserMessage userMessage, String detail, Throwable cause) {
        super(detail, cause);
        this.userMessage = userMessage;
    }

    public UserMessage userMessage() {
        return userMessage;
    }
}
