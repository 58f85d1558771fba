package org.hardshipbinder.binder;

import java.util.List;

/**
 * An exhibit with everything the binder prints about it. Binder page numbers run continuously over dividers and
 * exhibit pages (cover and index are front matter): the divider has {@code dividerNumber}, the exhibit's pages follow.
 */
record LaidOutExhibit(String label, String sectionCode, String description, String date, List<String> factors,
                      List<ExhibitPart> parts, int dividerNumber) {

    LaidOutExhibit {
        factors = List.copyOf(factors);
        parts = List.copyOf(parts);
    }

    int pageCount() {
        return parts.stream().mapToInt(ExhibitPart::pageCount).sum();
    }

    /** The binder page number of the exhibit's page {@code n} (1-based). */
    int pageNumber(int n) {
        return dividerNumber + n;
    }

    int lastNumber() {
        return dividerNumber + pageCount();
    }
}
