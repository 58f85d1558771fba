package org.hardshipbinder.transfer;

import org.hardshipbinder.model.UserMessage;

/** What importing a case file came to: the new case, or why the vault was left as it was. */
public sealed interface ImportOutcome {

    record Imported(long caseId, long rows) implements ImportOutcome {
    }

    record Refused(UserMessage reason) implements ImportOutcome {
    }
}
