package org.hardshipbinder.grouping;

import java.util.List;
import java.util.stream.Collectors;
import org.hardshipbinder.model.UserMessage;

/**
 * Cut one document into parts (each a run of its page numbers, in order) and drop its blank pages, which belong to
 * no paper. A suggestion with one part only drops blank pages.
 */
public record SplitSuggestion(long documentId, List<List<Integer>> parts, List<Integer> blankPages, double confidence,
                              List<Judgment> judgments) implements GroupingSuggestion {

    public SplitSuggestion {
        parts = parts.stream().map(List::copyOf).toList();
        blankPages = List.copyOf(blankPages);
        judgments = List.copyOf(judgments);
    }

    /** The first page of every part after the first: where the document is cut. */
    public List<Integer> cutBefore() {
        return parts.stream().skip(1).map(p -> p.get(0)).toList();
    }

    @Override
    public UserMessage summary() {
        String parts = this.parts.stream().map(p -> p.size() == 1 ? String.valueOf(p.get(0)) : p.get(0) + "–" + p.get(p.size() - 1))
                .collect(Collectors.joining(" | "));
        if (blankPages.isEmpty()) {
            return UserMessage.of("grouping.split.summary", String.valueOf(documentId), this.parts.size(), parts);
        }
        String blanks = MergeSuggestion.ids(blankPages);
        return this.parts.size() == 1 ? UserMessage.of("grouping.blank.summary", String.valueOf(documentId), blanks)
                : UserMessage.of("grouping.splitBlank.summary", String.valueOf(documentId), this.parts.size(), parts, blanks);
    }

    @Override
    public String key() {
        String cut = parts.stream().map(p -> p.get(0) + "-" + p.get(p.size() - 1)).collect(Collectors.joining(","));
        String drop = blankPages.isEmpty() ? ""
                : ":drop" + blankPages.stream().map(String::valueOf).collect(Collectors.joining(","));
        return "split:" + documentId + ":" + cut + drop;
    }
}
