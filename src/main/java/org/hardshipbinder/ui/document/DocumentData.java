package org.hardshipbinder.ui.document;

import java.util.List;
import java.util.Map;
import org.hardshipbinder.factors.Suggestion;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.Page;
import org.hardshipbinder.model.PageText;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Tag;

/** Everything the document screen shows, loaded in one go off the UI thread. */
public record DocumentData(Document document, List<Page> pages, Map<Long, PageText> texts, List<Tag> tags,
                           List<Person> people, List<Document> otherDocuments, List<Suggestion> suggestions,
                           List<String> facts, List<String> factorCodes) {
}
