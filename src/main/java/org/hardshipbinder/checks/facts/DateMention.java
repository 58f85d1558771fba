package org.hardshipbinder.checks.facts;

import java.time.LocalDate;

/**
 * A full date written in a text, at characters {@code start}..{@code end}. A numeric date whose day and month could
 * be swapped (04/05/2019) keeps the other reading in {@code alternative}.
 */
public record DateMention(LocalDate date, LocalDate alternative, int start, int end) {

    public boolean matches(LocalDate other) {
        return date.equals(other) || (alternative != null && alternative.equals(other));
    }

    public boolean sameAs(DateMention other) {
        return matches(other.date) || (other.alternative != null && matches(other.alternative));
    }
}
