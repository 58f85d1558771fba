package org.hardshipbinder.model;

import java.time.Instant;

/** A file refused at import because the case already held the same bytes, shown by document {@code documentId}. */
public record RefusedDuplicate(long caseId, String fileName, long documentId, Instant refusedAt) {
}
