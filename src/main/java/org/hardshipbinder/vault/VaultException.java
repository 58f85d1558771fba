package org.hardshipbinder.vault;

/** A database operation failed unexpectedly; the transaction it was part of has been rolled back. */
public class VaultException extends RuntimeException {

    public VaultException(String message, Throwable cause) {
        super(message, cause);
    }
}
