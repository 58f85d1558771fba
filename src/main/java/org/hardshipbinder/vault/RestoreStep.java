package org.hardshipbinder.vault;

/**
 * The steps of a restore, reported as each begins (progress for the user, and the points where the crash tests stop
 * the process). Until {@link #DONE} the vault as it was is what the next open finds.
 */
public enum RestoreStep {
    /** The backup is copied beside the vault (the backup itself is never opened or changed). */
    COPYING,
    /** The copy is checked: a vault of this app, the passphrase opens it, SQLite's integrity check. */
    CHECKING,
    /** The copy is brought to this app's schema and verified like {@code verify} does (originals' checksums too). */
    UPGRADING,
    /** The marker is written; the current vault's files move into the folder kept aside. */
    SETTING_ASIDE,
    /** One of the current vault's files is aside, the others not yet. */
    PARTLY_ASIDE,
    /** The checked copy moves into the vault's place. */
    INSTALLING,
    /** The restored vault is opened where it now lies and verified again. */
    VERIFYING_IN_PLACE,
    /** Verified in place; the marker is about to be removed (the commit point). */
    FINISHING,
    /** The restore is committed: the restored vault stands. */
    DONE
}
