package org.hardshipbinder.model;

/**
 * One page of a document: its size in PDF points, the clockwise rotation that shows it upright
 * (from the PDF or an image's EXIF orientation), and its OCR status.
 */
public record Page(long id, long documentId, int number, double widthPt, double heightPt, int rotation,
                   PageStatus status, String statusReason) {
}
