package org.hardshipbinder.checks.facts;

/** An amount of money with the period it is paid in, at {@code start}..{@code end}; {@code income} when it is pay. */
public record AmountMention(long cents, Period period, boolean income, int start, int end) {

    public long yearlyCents() {
        return period.yearly(cents);
    }
}
