package org.hardshipbinder.intake;

import java.nio.file.Path;

/** Opens a file of one kind and lists its pages, or explains why it cannot. */
public interface PageInspector {

    /** Files with more pages than this are refused rather than read: no real exhibit is this long. */
    int MAX_PAGES = 5_000;

    Inspection inspect(Path file, ImportOptions options);
}
