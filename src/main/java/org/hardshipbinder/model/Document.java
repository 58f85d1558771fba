package org.hardshipbinder.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One imported file and what is known about it. The original bytes live in the vault, unchanged.
 * Metadata fields are null until OCR, suggestions or the user fill them in.
 */
public record Document(long id, long caseId, String fileName, MediaType mediaType, int pageCount, long sizeBytes,
                       String sha256, DocumentStatus status, String statusReason, Instant importedAt,
                       DocumentMetadata metadata) {

    public String displayTitle() {
        return metadata.title() == null || metadata.title().isBlank() ? fileName : metadata.title();
    }

    /** What the user (or a suggestion they accepted) says about the document. */
    public record DocumentMetadata(String title, String evidenceType, LocalDate date, boolean dateApproximate,
                                   SourceKind source, String author, String language, Long translationOf) {

        public static DocumentMetadata empty() {
            return new DocumentMetadata(null, null, null, false, null, null, null, null);
        }
    }
}
