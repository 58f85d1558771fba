package org.hardshipbinder.ui.suggestions;

import java.util.List;
import org.hardshipbinder.factors.Suggestion;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.wiring.Services;

/** The review screen over the factors feature's suggestion service. */
public final class VaultSuggestionsSource implements SuggestionsSource {

    private final Services services;

    public VaultSuggestionsSource(Services services) {
        this.services = services;
    }

    @Override
    public List<Suggestion> pending(long caseId) {
        return services.factors().suggestions().pending(caseId);
    }

    @Override
    public List<Document> documents(long caseId) {
        return services.documents().listForCase(caseId);
    }

    @Override
    public List<Person> people(long caseId) {
        return services.people().listForCase(caseId);
    }

    @Override
    public void accept(List<Suggestion> suggestions) {
        services.vault().write(c -> {
            suggestions.forEach(services.factors().suggestions()::accept);
            return null;
        });
    }

    @Override
    public void reject(List<Suggestion> suggestions) {
        services.vault().write(c -> {
            suggestions.forEach(services.factors().suggestions()::reject);
            return null;
        });
    }
}
