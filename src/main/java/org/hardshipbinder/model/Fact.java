package org.hardshipbinder.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One thing the evidence states: a dated event, an identifier, an income, an age, a name or an address.
 * {@code value} is the normalized form (ISO date, digits of a number, yearly amount in cents, an age in years, the
 * name as written); {@code date} is set for date facts (for an age, the date the age was stated for);
 * {@code alternativeDate} holds the day/month-swapped reading of an ambiguous numeric date such as 04/05/2019;
 * {@code precision} says whether the text gave the day or only the month or year. {@code personId} is the case
 * person the fact is about, when known. {@code span} is null for facts from the case profile.
 */
public record Fact(FactKind kind, String value, LocalDate date, LocalDate alternativeDate, Long personId,
                   Long documentId, TextSpan span, String context, DatePrecision precision) {

    public Fact {
        precision = precision == null ? DatePrecision.DAY : precision;
    }

    /** A fact whose date, if any, is given to the day. */
    public Fact(FactKind kind, String value, LocalDate date, LocalDate alternativeDate, Long personId,
                Long documentId, TextSpan span, String context) {
        this(kind, value, date, alternativeDate, personId, documentId, span, context, DatePrecision.DAY);
    }

    public boolean fromProfile() {
        return documentId == null;
    }

    /** True when one reading of this date fact agrees with one reading of the other, as far as both are precise. */
    public boolean sameDateAs(Fact other) {
        return readings().stream().anyMatch(d -> other.readings().stream()
                .anyMatch(o -> DatePrecision.agree(d, precision, o, other.precision)));
    }

    public List<LocalDate> readings() {
        if (date == null) {
            return List.of();
        }
        return alternativeDate == null ? List.of(date) : List.of(date, alternativeDate);
    }

    /** Whether the date is given to the day. */
    public boolean fullDate() {
        return date != null && precision == DatePrecision.DAY;
    }
}
