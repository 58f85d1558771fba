package org.hardshipbinder.ui.security;

import org.hardshipbinder.model.UserMessage;

/** What came of opening the vault again. */
public sealed interface Reopened {

    record Opened() implements Reopened {
    }

    /** The passphrase does not open the vault; it stays locked and nothing changed. */
    record WrongPassphrase() implements Reopened {
    }

    /** The vault cannot be opened for another reason, said in {@code reason}. */
    record Failed(UserMessage reason) implements Reopened {
    }
}
