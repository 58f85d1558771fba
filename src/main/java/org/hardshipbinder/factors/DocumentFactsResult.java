package org.hardshipbinder.factors;

import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.UserMessage;

/** The outcome of changing a document's facts: the updated document, or why nothing was changed. */
public sealed interface DocumentFactsResult {
    record Updated(Document document) implements DocumentFactsResult {
    }

    record Refused(UserMessage reason) implements DocumentFactsResult {
    }
}
