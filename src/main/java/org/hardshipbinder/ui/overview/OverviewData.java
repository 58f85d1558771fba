package org.hardshipbinder.ui.overview;

import java.util.Map;
import org.hardshipbinder.factors.CaseCoverage;

/**
 * What the overview shows for a case: the coverage, how many documents and pages there are and how many pages still
 * wait for text recognition, open suggestions, and the check findings counted by severity ("error", "warning", "info").
 */
public record OverviewData(CaseCoverage coverage, int documents, long pagesWaiting, int openSuggestions,
                           Map<String, Integer> findingsBySeverity) {

    public OverviewData {
        findingsBySeverity = Map.copyOf(findingsBySeverity);
    }

    public int findings(String severity) {
        return findingsBySeverity.getOrDefault(severity, 0);
    }
}
