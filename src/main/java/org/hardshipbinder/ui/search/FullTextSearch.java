package org.hardshipbinder.ui.search;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.search.SearchQuery;
import org.hardshipbinder.search.SearchService;
import org.hardshipbinder.vault.DocumentRepository;

/** The search screen over the full-text index (ranked, accents folded, snippets with the words marked). */
public final class FullTextSearch implements org.hardshipbinder.ui.search.SearchService {

    private final DocumentRepository documents;
    private final SearchService search;

    public FullTextSearch(DocumentRepository documents, SearchService search) {
        this.documents = documents;
        this.search = search;
    }

    @Override
    public List<SearchResult> search(long caseId, String query) {
        Map<Long, String> titles = documents.listForCase(caseId).stream()
                .collect(Collectors.toMap(Document::id, Document::displayTitle));
        return search.search(SearchQuery.of(query).inCase(caseId)).stream()
                .map(hit -> new SearchResult(hit.documentId(), titles.getOrDefault(hit.documentId(), hit.fileName()),
                        hit.pageNumber(), hit.snippet().replace(SearchService.MARK_START, "«").replace(SearchService.MARK_END, "»")))
                .toList();
    }
}
