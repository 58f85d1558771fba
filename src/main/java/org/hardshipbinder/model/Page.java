package org.hardshipbinder.model;

/**
 * One page of a document: page {@code originalPage} of the original {@code originalId}, at position {@code number}
 * (from 1) in its document. Its size is in PDF points; {@code rotation} is the clockwise turn the original itself
 * asks for (PDF, EXIF); {@code turn} is the user's own extra clockwise turn, null until they turn the page (then it
 * wins over any detected orientation).
 */
public record Page(long id, long documentId, int number, long originalId, int originalPage, double widthPt,
                   double heightPt, int rotation, Integer turn, PageStatus status, String statusReason) {

    /** The user's turn, 0 when they never turned the page. */
    public int userTurn() {
        return turn == null ? 0 : turn;
    }

    /** The clockwise turn that shows the page as the user wants it: the original's own, then the user's. */
    public int uprightRotation() {
        return Math.floorMod(rotation + userTurn(), 360);
    }
}
