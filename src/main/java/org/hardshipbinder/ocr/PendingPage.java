package org.hardshipbinder.ocr;

import org.hardshipbinder.model.MediaType;
import org.hardshipbinder.model.Page;

/** A queued page with what a worker needs to open the original it comes from. */
record PendingPage(Page page, MediaType mediaType, String fileName) {
}
