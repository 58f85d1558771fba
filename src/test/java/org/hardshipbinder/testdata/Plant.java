package org.hardshipbinder.testdata;

/** Problems {@link SampleCase} can plant in an otherwise clean case, each the kind an officer would catch. */
public enum Plant {
    /** The physician's letter gives the wife a different birth date from the case profile. */
    BIRTH_DATE_CONFLICT,
    /** The translation of the birth certificate has no translator's certificate. */
    UNCERTIFIED_TRANSLATION,
    /** A Spanish letter from the parish is filed without any translation. */
    MISSING_TRANSLATION,
    /** The wife's declaration states the husband's income differently from his employer. */
    INCOME_MISMATCH,
    /** The pastor's support letter has no date. */
    UNDATED_LETTER,
    /** The employer's letter is imported twice (a second scan). */
    DUPLICATE
}
