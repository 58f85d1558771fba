package org.hardshipbinder.vault;

/** A copied case's rows do not fit this vault (unknown table or column, an id that names nothing): nothing is kept. */
public final class CaseRowsRefused extends RuntimeException {

    public CaseRowsRefused(String detail) {
        super(detail);
    }
}
