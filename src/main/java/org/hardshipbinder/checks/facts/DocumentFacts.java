package org.hardshipbinder.checks.facts;

import java.util.List;
import org.hardshipbinder.model.Fact;
import org.hardshipbinder.model.FactKind;

/** Everything read from one document: dated events, identifiers, incomes, addresses, and the people's names as written. */
public record DocumentFacts(long documentId, List<Fact> facts, List<PageName> names) {

    public DocumentFacts {
        facts = List.copyOf(facts);
        names = List.copyOf(names);
    }

    public List<Fact> of(FactKind kind) {
        return facts.stream().filter(f -> f.kind() == kind).toList();
    }
}
