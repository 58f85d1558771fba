package org.hardshipbinder.model;

/** Where a page's text came from: the PDF's own text layer, or OCR. */
public enum TextOrigin {
    TEXT_LAYER, OCR
}
