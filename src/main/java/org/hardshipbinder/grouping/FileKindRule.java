package org.hardshipbinder.grouping;

import java.util.Optional;

/**
 * Files of different kinds (a photo and a PDF) are seldom one paper, and a scan that already has several pages was
 * made as a whole.
 */
final class FileKindRule implements BoundaryRule {

    @Override
    public Optional<Evidence> judge(Boundary b) {
        if (!b.acrossFiles()) {
            return Optional.empty();
        }
        if (b.beforeFile().isImage() != b.afterFile().isImage()) {
            return Optional.of(Evidence.apart(1.0, "grouping.reason.otherKind"));
        }
        if (b.beforeFile().pages().size() > 1 || b.afterFile().pages().size() > 1) {
            return Optional.of(Evidence.apart(0.8, "grouping.reason.wholeScan"));
        }
        return Optional.empty();
    }
}
