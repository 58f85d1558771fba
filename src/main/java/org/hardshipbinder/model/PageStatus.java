package org.hardshipbinder.model;

/** OCR state of one page: waiting in the queue, read, or failed with a reason. */
public enum PageStatus {
    QUEUED, DONE, FAILED
}
