package org.hardshipbinder.vault;

/** Writers take the vault's lock; readers (search, backup, listings) may run beside a writer. */
public enum AccessMode {
    READ_WRITE, READ_ONLY
}
