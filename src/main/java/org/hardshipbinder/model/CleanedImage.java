package org.hardshipbinder.model;

/**
 * A photographed page made to look scanned, kept beside the original: a JPEG as the page stands by its file's own
 * rotation (EXIF applied), the paper's corners found in the photo ("x,y x,y x,y x,y", pixels, clockwise from top
 * left), and whether it is used in place of the original ({@code inUse} false: the user went back to the original).
 */
public record CleanedImage(long pageId, byte[] jpeg, int widthPx, int heightPx, String corners, boolean inUse) {
}
