package org.hardshipbinder.text;

import java.time.LocalDate;
import org.hardshipbinder.model.DatePrecision;

/**
 * A date written in a text, at characters {@code start}..{@code end}. A numeric date whose day and month could
 * be swapped (04/05/2019) keeps the other reading in {@code alternative}. A date given only to the month
 * ("March 2013") has {@link DatePrecision#MONTH} and the first day of that month as its date.
 */
public record DateMention(LocalDate date, LocalDate alternative, int start, int end, DatePrecision precision) {

    public DateMention(LocalDate date, LocalDate alternative, int start, int end) {
        this(date, alternative, start, end, DatePrecision.DAY);
    }

    public boolean matches(LocalDate other) {
        return DatePrecision.agree(date, precision, other, DatePrecision.DAY)
                || (alternative != null && alternative.equals(other));
    }

    public boolean sameAs(DateMention other) {
        return DatePrecision.agree(date, precision, other.date, other.precision)
                || (alternative != null && DatePrecision.agree(alternative, precision, other.date, other.precision))
                || (other.alternative != null && matches(other.alternative));
    }

    public boolean fullDate() {
        return precision == DatePrecision.DAY;
    }
}
