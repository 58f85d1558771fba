package org.hardshipbinder.binder;

import java.nio.file.Path;

/**
 * Where to write the binder, an optional separate exhibit index, and a size limit per file in MB that overrides the
 * case's setting (null: the setting; no setting: one file). Split volumes are named FILE-vol1.pdf, FILE-vol2.pdf …
 */
public record BinderRequest(Path out, Path indexOut, Integer maxMb) {
}
