package org.hardshipbinder.vault;

import org.hardshipbinder.model.UserMessage;

/** Another window or process holds the vault open for writing. */
public class VaultInUseException extends VaultUnavailableException {

    public VaultInUseException(String path) {
        super(UserMessage.of("vault.inUse", path), "vault is in use by another window: " + path, null);
    }
}
