package org.hardshipbinder.editing;

/** What a split does with the document's tags, people and circumstances. */
public enum SplitTags {
    /** Every part gets a copy (the default: the parts usually prove the same thing; the user removes what does not fit). */
    COPY_TO_EACH,
    /** Only the first part keeps them; the new parts start untagged. */
    FIRST_PART_ONLY
}
