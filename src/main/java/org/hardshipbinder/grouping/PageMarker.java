package org.hardshipbinder.grouping;

/** A page number printed on the page ("Page 2 of 3", "Página 2 de 3", "- 2 -", "2/3"); total is 0 when not given. */
public record PageMarker(int number, int total) {

    public boolean isFirst() {
        return number == 1;
    }

    public boolean isLast() {
        return total > 0 && number == total;
    }

    /** True when {@code next} is the page printed right after this one. */
    public boolean isFollowedBy(PageMarker next) {
        return next.number == number + 1 && (total == 0 || next.total == 0 || total == next.total);
    }
}
