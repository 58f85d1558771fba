package org.hardshipbinder.ui.suggestions;

import java.util.List;
import org.hardshipbinder.factors.Suggestion;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.Person;

/** The case's open suggestions and the answers to them. Every method runs off the UI thread. */
public interface SuggestionsSource {

    List<Suggestion> pending(long caseId);

    List<Document> documents(long caseId);

    List<Person> people(long caseId);

    /** Applies every suggestion of the list in one write and remembers they were accepted. */
    void accept(List<Suggestion> suggestions);

    /** Remembers that the user turned these down, so they are not proposed again. */
    void reject(List<Suggestion> suggestions);
}
