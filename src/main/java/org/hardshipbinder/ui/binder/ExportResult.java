package org.hardshipbinder.ui.binder;

import java.nio.file.Path;
import java.util.List;

/**
 * What exporting the binder came to: the files written (one per volume) and their sizes, or why nothing was written
 * (kept as a message, put into words in the language shown when it is shown).
 */
public record ExportResult(List<Path> files, List<Long> sizes, Path indexFile, int exhibits, int pages,
                           org.hardshipbinder.model.UserMessage problem) {

    public ExportResult {
        files = List.copyOf(files);
        sizes = List.copyOf(sizes);
    }

    public boolean written() {
        return problem == null;
    }
}
