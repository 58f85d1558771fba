package org.hardshipbinder.transfer;

import java.nio.file.Path;
import org.hardshipbinder.model.UserMessage;

/** What exporting a case came to: the file written, or why nothing was written. */
public sealed interface ExportOutcome {

    record Exported(Path file, long bytes, long rows) implements ExportOutcome {
    }

    record Refused(UserMessage reason) implements ExportOutcome {
    }
}
