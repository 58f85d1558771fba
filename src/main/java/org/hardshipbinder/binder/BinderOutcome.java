package org.hardshipbinder.binder;

import java.nio.file.Path;
import java.util.List;
import org.hardshipbinder.model.UserMessage;

/** What building a binder came to: the files written, or why nothing was written. */
public sealed interface BinderOutcome {

    /** The volume files (one when not split), their sizes, the index file if asked for, and any warnings. */
    record Built(List<Path> volumes, List<Long> sizes, Path indexFile, int exhibits, int binderPages,
                 List<UserMessage> warnings) implements BinderOutcome {
        public Built {
            volumes = List.copyOf(volumes);
            sizes = List.copyOf(sizes);
            warnings = List.copyOf(warnings);
        }
    }

    record Stopped(UserMessage reason) implements BinderOutcome {
    }
}
