package org.hardshipbinder.checks.facts;

/** How often an amount is paid, and how many times a year that is. */
public enum Period {
    WEEKLY(52), BIWEEKLY(26), SEMIMONTHLY(24), MONTHLY(12), YEARLY(1);

    private final int perYear;

    Period(int perYear) {
        this.perYear = perYear;
    }

    public long yearly(long amountCents) {
        return amountCents * perYear;
    }
}
