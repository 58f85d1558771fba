package org.hardshipbinder.model;

/** What the import pipeline knows about a file before it is stored. */
public record NewDocument(long caseId, String fileName, MediaType mediaType, long sizeBytes, String sha256,
                          String openPassword) {
}
