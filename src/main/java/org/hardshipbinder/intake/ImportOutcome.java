package org.hardshipbinder.intake;

import java.nio.file.Path;
import org.hardshipbinder.model.UserMessage;

/** The result for one file of a batch: stored as a document, or refused with a reason. */
public sealed interface ImportOutcome {

    Path file();

    record Imported(Path file, long documentId, int pageCount) implements ImportOutcome {
    }

    record Rejected(Path file, UserMessage reason) implements ImportOutcome {
    }
}
