package org.hardshipbinder.transfer;

import java.io.IOException;

/** What is wrong with a case file, found while reading it. Turned into a sentence by {@link CaseImporter}. */
final class CaseFileProblem extends IOException {

    enum Kind { FOREIGN, TRUNCATED, TAMPERED, WRONG_PASSPHRASE, NEWER }

    private final Kind kind;

    CaseFileProblem(Kind kind, String detail) {
        super(detail);
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }
}
