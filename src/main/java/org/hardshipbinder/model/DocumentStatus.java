package org.hardshipbinder.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a document stands in the pipeline. Stored in the vault so the work resumes after a crash:
 * IMPORTED → OCR_QUEUED → OCR_DONE, or OCR_FAILED with a reason; a failed or done document can be queued again.
 */
public enum DocumentStatus {
    IMPORTED, OCR_QUEUED, OCR_DONE, OCR_FAILED;

    public Set<DocumentStatus> next() {
        return switch (this) {
            case IMPORTED -> EnumSet.of(OCR_QUEUED);
            case OCR_QUEUED -> EnumSet.of(OCR_DONE, OCR_FAILED);
            case OCR_DONE, OCR_FAILED -> EnumSet.of(OCR_QUEUED);
        };
    }

    public boolean canMoveTo(DocumentStatus target) {
        return next().contains(target);
    }
}
