package org.hardshipbinder.checks.facts;

/**
 * How a written name differs from the name in the case profile. Accents, a missing or extra name (second surname,
 * middle name) and initials are the same person written differently; a changed letter is likely a typo.
 */
public enum NameVariant {
    ACCENTS, SHORTER, LONGER, INITIAL, TYPO;

    public boolean likelyTypo() {
        return this == TYPO;
    }
}
