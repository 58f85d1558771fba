package org.hardshipbinder.chronology;

import java.time.LocalDate;
import org.hardshipbinder.model.FactKind;

/**
 * One dated fact on the chronology: what happened ({@code kind}), when, to whom, and where the evidence says so
 * (document, 1-based page, the words as written and their offsets in the page text). {@code date} is null only for
 * a document with no date at all; {@code alternativeDate} is the other reading of an ambiguous date like 04/05/2019.
 * Person, document, page and span are null when unknown or when the fact comes from the case details.
 */
public record ChronologyEvent(LocalDate date, LocalDate alternativeDate, boolean approximate, FactKind kind,
                              Long personId, String person, Long documentId, String document, Integer page,
                              String text, Integer start, Integer end, String context, Origin origin) {

    /** Where the event was read. */
    public enum Origin {
        /** Words on a page of a document. */
        TEXT,
        /** The date recorded in a document's details. */
        DOCUMENT_DETAILS,
        /** The case details (a person's date of birth). */
        CASE_DETAILS;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public boolean dated() {
        return date != null;
    }

    /** True when one reading of this event's date equals one reading of the other's. */
    public boolean sameDateAs(ChronologyEvent other) {
        return date != null && other.date != null && (date.equals(other.date) || date.equals(other.alternativeDate)
                || (alternativeDate != null && (alternativeDate.equals(other.date) || alternativeDate.equals(other.alternativeDate))));
    }
}
