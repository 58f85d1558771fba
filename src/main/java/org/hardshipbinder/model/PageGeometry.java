package org.hardshipbinder.model;

/** The size of a page in PDF points and the clockwise rotation that shows it upright. */
public record PageGeometry(double widthPt, double heightPt, int rotation) {
}
