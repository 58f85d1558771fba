package org.hardshipbinder.binder;

/**
 * The part of an exhibit inside one volume: its pages {@code fromPage..toPage} (1-based), with the divider when the
 * slice starts the exhibit. An exhibit too large for one volume is cut into several slices.
 */
record VolumeSlice(LaidOutExhibit exhibit, int fromPage, int toPage) {

    boolean withDivider() {
        return fromPage == 1;
    }

    boolean continuesAfter() {
        return toPage < exhibit.pageCount();
    }

    int firstNumber() {
        return withDivider() ? exhibit.dividerNumber() : exhibit.pageNumber(fromPage);
    }

    int lastNumber() {
        return exhibit.pageNumber(toPage);
    }

    int physicalPages() {
        return toPage - fromPage + 1 + (withDivider() ? 1 : 0);
    }
}
