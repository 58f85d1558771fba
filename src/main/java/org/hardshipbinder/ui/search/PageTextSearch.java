package org.hardshipbinder.ui.search;

import java.util.ArrayList;
import java.util.List;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.Page;
import org.hardshipbinder.model.PageText;
import org.hardshipbinder.ui.document.HitFinder;
import org.hardshipbinder.wiring.Services;

/**
 * Search by reading the page texts of the case in order: every word of the query must appear on the page, accents and
 * case ignored. Used where the full-text index is not available; it gives the same pages, unranked.
 */
public final class PageTextSearch implements SearchService {

    private static final int SNIPPET = 80;
    private final Services services;

    public PageTextSearch(Services services) {
        this.services = services;
    }

    @Override
    public List<SearchResult> search(long caseId, String query) {
        List<String> terms = HitFinder.terms(query);
        List<SearchResult> results = new ArrayList<>();
        if (terms.isEmpty()) {
            return results;
        }
        for (Document document : services.documents().listForCase(caseId)) {
            List<Page> pages = services.pages().listForDocument(document.id());
            for (PageText text : services.pageTexts().forDocument(document.id())) {
                String folded = org.hardshipbinder.text.TextFold.fold(text.text());
                if (terms.stream().allMatch(folded::contains)) {
                    int page = pages.stream().filter(p -> p.id() == text.pageId()).mapToInt(Page::number).findFirst().orElse(1);
                    results.add(new SearchResult(document.id(), document.displayTitle(), page,
                            snippet(text.text(), folded.indexOf(terms.get(0)))));
                }
            }
        }
        return results;
    }

    static String snippet(String text, int at) {
        int start = Math.max(0, at - SNIPPET / 2);
        int end = Math.min(text.length(), at + SNIPPET);
        String core = text.substring(start, end).replaceAll("\\s+", " ").strip();
        return (start > 0 ? "…" : "") + core + (end < text.length() ? "…" : "");
    }
}
