package org.hardshipbinder.ui.suggestions;

import java.util.List;
import org.hardshipbinder.factors.Suggestion;
import org.hardshipbinder.factors.SuggestionService;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.vault.DocumentRepository;
import org.hardshipbinder.vault.PersonRepository;
import org.hardshipbinder.vault.Vault;

/** The review screen over the factors feature's suggestion service. */
public final class VaultSuggestionsSource implements SuggestionsSource {

    private final Vault vault;
    private final SuggestionService suggestions;
    private final DocumentRepository documents;
    private final PersonRepository people;

    public VaultSuggestionsSource(Vault vault, SuggestionService suggestions, DocumentRepository documents,
                                  PersonRepository people) {
        this.vault = vault;
        this.suggestions = suggestions;
        this.documents = documents;
        this.people = people;
    }

    @Override
    public List<Suggestion> pending(long caseId) {
        return suggestions.pending(caseId);
    }

    @Override
    public List<Document> documents(long caseId) {
        return documents.listForCase(caseId);
    }

    @Override
    public List<Person> people(long caseId) {
        return people.listForCase(caseId);
    }

    /** All of them in one transaction: the screen refreshes once, on a consistent state. */
    @Override
    public void accept(List<Suggestion> chosen) {
        vault.write(c -> {
            chosen.forEach(suggestions::accept);
            return null;
        });
    }

    @Override
    public void reject(List<Suggestion> chosen) {
        vault.write(c -> {
            chosen.forEach(suggestions::reject);
            return null;
        });
    }
}
