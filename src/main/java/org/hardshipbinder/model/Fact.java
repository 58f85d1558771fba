package org.hardshipbinder.model;

import java.time.LocalDate;

/**
 * One thing the evidence states: a dated event, an identifier, an income, a name or an address.
 * {@code value} is the normalized form (ISO date, digits of a number, yearly amount in cents, the name as written);
 * {@code date} is set for date facts; {@code alternativeDate} holds the day/month-swapped reading of an
 * ambiguous numeric date such as 04/05/2019. {@code personId} is the case person the fact is about, when known.
 * {@code span} is null for facts from the case profile.
 */
public record Fact(FactKind kind, String value, LocalDate date, LocalDate alternativeDate, Long personId,
                   Long documentId, TextSpan span, String context) {

    public boolean fromProfile() {
        return documentId == null;
    }

    /** True when one reading of this date fact equals one reading of the other. */
    public boolean sameDateAs(Fact other) {
        return readings().stream().anyMatch(d -> other.readings().contains(d));
    }

    public java.util.List<LocalDate> readings() {
        if (date == null) {
            return java.util.List.of();
        }
        return alternativeDate == null ? java.util.List.of(date) : java.util.List.of(date, alternativeDate);
    }
}
