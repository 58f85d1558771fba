package org.hardshipbinder.ui.search;

import java.util.List;

/** Full-text search over one case. Runs off the UI thread. */
@FunctionalInterface
public interface SearchService {

    List<SearchResult> search(long caseId, String query);
}
