package org.hardshipbinder.model;

/**
 * What a fact read from the evidence says. Dates carry their meaning; the rest are identifiers, amounts and ages.
 * New kinds go at the end (stored and compared by name).
 */
public enum FactKind {
    BIRTH_DATE, MARRIAGE_DATE, DIAGNOSIS_DATE, EMPLOYMENT_DATE, ENROLLMENT_DATE, DOCUMENT_DATE, OTHER_DATE,
    A_NUMBER, RECEIPT_NUMBER, INCOME, PERSON_NAME, ADDRESS,
    ENTRY_DATE, DEPARTURE_DATE, TREATMENT_DATE,
    /** A person's age in years ({@code value}) on a date ({@code date}): "a 7-year-old girl", "I am sixty-four". */
    AGE;

    public boolean isDate() {
        return switch (this) {
            case BIRTH_DATE, MARRIAGE_DATE, DIAGNOSIS_DATE, EMPLOYMENT_DATE, ENROLLMENT_DATE, DOCUMENT_DATE, OTHER_DATE,
                 ENTRY_DATE, DEPARTURE_DATE, TREATMENT_DATE -> true;
            default -> false;
        };
    }

    /** Dates of things that had already happened when the document was written. */
    public boolean isPastEvent() {
        return this == BIRTH_DATE || this == MARRIAGE_DATE || this == DIAGNOSIS_DATE;
    }

    /** The kind's stable lower-case code, as in JSON output and bundle keys ("birth_date"). */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
