package org.hardshipbinder.model;

/** What a fact read from the evidence says. Dates carry their meaning; the rest are identifiers and amounts. */
public enum FactKind {
    BIRTH_DATE, MARRIAGE_DATE, DIAGNOSIS_DATE, EMPLOYMENT_DATE, ENROLLMENT_DATE, DOCUMENT_DATE, OTHER_DATE,
    A_NUMBER, RECEIPT_NUMBER, INCOME, PERSON_NAME, ADDRESS;

    public boolean isDate() {
        return switch (this) {
            case BIRTH_DATE, MARRIAGE_DATE, DIAGNOSIS_DATE, EMPLOYMENT_DATE, ENROLLMENT_DATE, DOCUMENT_DATE, OTHER_DATE -> true;
            default -> false;
        };
    }

    /** Dates of things that had already happened when the document was written. */
    public boolean isPastEvent() {
        return this == BIRTH_DATE || this == MARRIAGE_DATE || this == DIAGNOSIS_DATE;
    }
}
