package org.hardshipbinder.chronology;

import java.time.LocalDate;
import org.hardshipbinder.model.DatePrecision;
import org.hardshipbinder.model.FactKind;

/**
 * One dated fact on the chronology: what happened ({@code kind}), when, to whom, and where the evidence says so
 * (document, 1-based page, the words as written and their offsets in the page text). {@code date} is null only for
 * a document with no date at all; {@code alternativeDate} is the other reading of an ambiguous date like 04/05/2019;
 * {@code precision} says whether the text gave the day or only the month ("February 2020") or the year.
 * Person, document, page and span are null when unknown or when the fact comes from the case details.
 */
public record ChronologyEvent(LocalDate date, LocalDate alternativeDate, boolean approximate, FactKind kind,
                              Long personId, String person, Long documentId, String document, Integer page,
                              String text, Integer start, Integer end, String context, Origin origin,
                              DatePrecision precision) {

    public ChronologyEvent {
        precision = precision == null ? DatePrecision.DAY : precision;
    }

    /** An event whose date is given to the day. */
    public ChronologyEvent(LocalDate date, LocalDate alternativeDate, boolean approximate, FactKind kind, Long personId,
                           String person, Long documentId, String document, Integer page, String text, Integer start,
                           Integer end, String context, Origin origin) {
        this(date, alternativeDate, approximate, kind, personId, person, documentId, document, page, text, start, end,
                context, origin, DatePrecision.DAY);
    }

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

    /** True when one reading of this event's date agrees with one reading of the other's, as far as both are precise. */
    public boolean sameDateAs(ChronologyEvent other) {
        return readings().stream().anyMatch(d -> other.readings().stream()
                .anyMatch(o -> DatePrecision.agree(d, precision, o, other.precision)));
    }

    private java.util.List<LocalDate> readings() {
        if (date == null) {
            return java.util.List.of();
        }
        return alternativeDate == null ? java.util.List.of(date) : java.util.List.of(date, alternativeDate);
    }
}
