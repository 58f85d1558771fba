package org.hardshipbinder.model;

import java.time.Instant;

/** A file as it was imported: stored once in the vault, byte for byte, never changed. Pages of documents point into it. */
public record Original(long id, long caseId, String fileName, MediaType mediaType, int pageCount, long sizeBytes,
                       String sha256, Instant importedAt) {
}
