package org.hardshipbinder.checks.contradiction;

import java.util.List;
import org.hardshipbinder.checks.core.CaseEvidence;
import org.hardshipbinder.checks.core.Findings;
import org.hardshipbinder.model.Fact;
import org.hardshipbinder.model.UserMessage;

/** The "what says what" list of a conflict: each value with where it is written. */
final class ConflictMessages {

    private ConflictMessages() {
    }

    static List<UserMessage> statements(CaseEvidence evidence, List<List<Fact>> groups) {
        return groups.stream().map(g -> UserMessage.of("checks.statement", g.get(0).value(),
                g.stream().map(evidence::source).distinct().toList())).toList();
    }

    /** Points the finding at every document involved, with the first differing span. */
    static void locate(Findings f, List<List<Fact>> groups) {
        for (int i = groups.size() - 1; i >= 0; i--) {
            for (Fact fact : groups.get(i)) {
                if (fact.span() != null) {
                    f.span(fact.span());
                }
            }
        }
    }
}
