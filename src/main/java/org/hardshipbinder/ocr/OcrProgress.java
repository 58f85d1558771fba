package org.hardshipbinder.ocr;

/** Where a run stands after a page: pages finished (done or failed) of the total, and the document being read. */
public record OcrProgress(int finished, int failed, int total, long documentId, String documentName, int pageNumber) {
}
