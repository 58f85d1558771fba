package org.hardshipbinder.intake;

import java.util.List;
import org.hardshipbinder.model.PageGeometry;
import org.hardshipbinder.model.UserMessage;

/** What opening a file found: its pages, or why it cannot be used. */
public sealed interface Inspection {

    /** The pages; {@code password} is set only when the file needed the user's password to open. */
    record Pages(List<PageGeometry> pages, String password) implements Inspection {
    }

    record Refused(UserMessage reason) implements Inspection {
    }
}
