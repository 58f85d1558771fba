package org.hardshipbinder.checks.facts;

import java.time.LocalDate;

/**
 * An amount of money with the period it is paid in, at {@code start}..{@code end}; {@code income} when it is pay.
 * {@code asOf} is the end of the past year a record is about (a W-2's tax year); null for a current figure.
 */
public record AmountMention(long cents, Period period, boolean income, int start, int end, LocalDate asOf) {

    public AmountMention(long cents, Period period, boolean income, int start, int end) {
        this(cents, period, income, start, end, null);
    }

    public long yearlyCents() {
        return period.yearly(cents);
    }
}
