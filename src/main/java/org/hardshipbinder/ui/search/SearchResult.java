package org.hardshipbinder.ui.search;

/** One page that matches a search: which document, which page (1-based), and a snippet around the words. */
public record SearchResult(long documentId, String documentTitle, int page, String snippet) {
}
