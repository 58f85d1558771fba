package org.hardshipbinder.model;

import java.time.Instant;

/** One request being prepared: its kind, the applicant, and a title the user recognizes. */
public record Case(long id, CaseKind kind, String applicant, String title, Instant createdAt) {

    /** The title if the user gave one, otherwise a title made from the kind and applicant. */
    public String displayTitle() {
        return title == null || title.isBlank() ? kind.code() + " — " + applicant : title;
    }
}
