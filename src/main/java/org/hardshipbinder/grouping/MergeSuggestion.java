package org.hardshipbinder.grouping;

import java.util.List;
import java.util.stream.Collectors;
import org.hardshipbinder.model.UserMessage;

/** Join these documents, in this order, into one (the pages of each after the previous one's). */
public record MergeSuggestion(List<Long> documentIds, double confidence, List<Judgment> judgments)
        implements GroupingSuggestion {

    public MergeSuggestion {
        documentIds = List.copyOf(documentIds);
        judgments = List.copyOf(judgments);
    }

    @Override
    public UserMessage summary() {
        return UserMessage.of("grouping.merge.summary", ids(documentIds));
    }

    static String ids(List<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    @Override
    public String key() {
        return "merge:" + documentIds.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
