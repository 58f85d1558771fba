package org.hardshipbinder.ui.security;

import org.hardshipbinder.model.UserMessage;

/**
 * What a new passphrase must be: at least {@value #MIN_LENGTH} characters (ADR ui-0004). Length is what slows a
 * guesser most; a few unrelated words reach it and are easier to remember than symbols.
 */
public final class PassphraseRule {

    public static final int MIN_LENGTH = 12;

    private PassphraseRule() {
    }

    public static boolean longEnough(CharSequence passphrase) {
        return passphrase.codePoints().count() >= MIN_LENGTH;
    }

    /** The hint under the new-passphrase field as the user types. */
    public static UserMessage hint(CharSequence passphrase) {
        long length = passphrase.codePoints().count();
        if (length == 0) {
            return UserMessage.of("security.hint.empty", MIN_LENGTH);
        }
        return length < MIN_LENGTH ? UserMessage.of("security.hint.short", length, MIN_LENGTH)
                : UserMessage.of("security.hint.ok");
    }
}
