package org.hardshipbinder.model;

import java.time.Instant;

/** Something the user deleted, kept in the case's trash until it is restored or the trash is emptied. */
public record TrashEntry(long id, long caseId, Kind kind, long itemId, Long documentId, Integer pageNumber, String label,
                         Instant deletedAt) {

    public enum Kind {
        DOCUMENT, PAGE, PERSON
    }
}
