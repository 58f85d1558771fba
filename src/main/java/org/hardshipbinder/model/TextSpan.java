package org.hardshipbinder.model;

/**
 * A stretch of a page's text: character offsets {@code start} (inclusive) and {@code end} (exclusive) into the
 * page text, and the text itself so a reader sees it without loading the page.
 */
public record TextSpan(long documentId, int page, int start, int end, String text) {
}
