package org.hardshipbinder.grouping;

import java.util.List;
import java.util.stream.Collectors;

/** Join these documents, in this order, into one (the pages of each after the previous one's). */
public record MergeSuggestion(List<Long> documentIds, double confidence, List<Judgment> judgments)
        implements GroupingSuggestion {

    public MergeSuggestion {
        documentIds = List.copyOf(documentIds);
        judgments = List.copyOf(judgments);
    }

    @Override
    public String key() {
        return "merge:" + documentIds.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
