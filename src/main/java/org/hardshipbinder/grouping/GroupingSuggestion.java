package org.hardshipbinder.grouping;

import java.util.ArrayList;
import java.util.List;
import org.hardshipbinder.model.UserMessage;

/** A proposal to join files into one paper or to cut one file into several, with its reasons and a confidence. */
public sealed interface GroupingSuggestion permits MergeSuggestion, SplitSuggestion {

    /** Stable while the documents are unchanged: the same proposal always has the same key. */
    String key();

    /** 0.5 (a coin toss) to 1 (certain). */
    double confidence();

    /** Every page-to-page judgment the proposal rests on, in page order. */
    List<Judgment> judgments();

    /** A sentence saying what accepting it does. */
    UserMessage summary();

    /** The reasons that speak for it, strongest first within each boundary, each once. */
    default List<UserMessage> reasons() {
        boolean joining = this instanceof MergeSuggestion;
        List<UserMessage> reasons = new ArrayList<>();
        for (Judgment j : judgments()) {
            j.evidence().stream().filter(e -> joining ? e.weight() > 0 : e.weight() < 0).map(Evidence::reason)
                    .filter(r -> !reasons.contains(r)).forEach(reasons::add);
        }
        return reasons;
    }

    /** What the rules said about one boundary: the pages on either side, the total and each reason. */
    record Judgment(long beforeDocument, int beforePage, long afterDocument, int afterPage, double score,
                    List<Evidence> evidence) {

        public Judgment {
            evidence = List.copyOf(evidence);
        }
    }

    /** How sure a score is: 0.5 at zero, about 0.82 at ±1, 0.93 at ±2. */
    static double confidenceOf(double score) {
        return 1 - 0.5 * Math.exp(-Math.abs(score));
    }
}
