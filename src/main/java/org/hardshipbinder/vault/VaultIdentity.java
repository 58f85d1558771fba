package org.hardshipbinder.vault;

/** How a vault of this app is told from any other SQLite file. */
public final class VaultIdentity {

    /** SQLite's application id in the file header, set by migration V012: "HBND". */
    public static final int APPLICATION_ID = 0x48424E44;

    private VaultIdentity() {
    }
}
