package org.hardshipbinder.binder;

import java.util.List;

/**
 * One exhibit of the plan: a document (with the translations that travel with it, original first) or a written
 * statement that a record is unavailable. {@code title} overrides the document's own title when set.
 */
public record PlannedExhibit(long id, Long documentId, String title, String statement, boolean included,
                             List<Long> translationIds) {

    public PlannedExhibit {
        translationIds = List.copyOf(translationIds);
    }

    public boolean isStatement() {
        return documentId == null;
    }
}
