package org.hardshipbinder.ui.timeline;

import java.time.LocalDate;

/**
 * One point on the case's chronology: a document's date or a dated fact found in it (date null: the document has
 * none, shown last so the gap is visible). Page is 1-based.
 */
public record TimelineEntry(LocalDate date, boolean approximate, String what, long documentId, int page, boolean fact) {
}
