package org.hardshipbinder.model;

import java.util.Locale;

/** How much a finding matters: an error the officer would act on, a warning worth a look, or a hint. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
