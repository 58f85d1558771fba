package org.hardshipbinder.factors;

import org.hardshipbinder.model.Scenario;
import org.hardshipbinder.model.UserMessage;

/**
 * A proposal read from a document's text, with a confidence 0..1 and the words that led to it. {@code value} is a
 * factor, evidence-type or circumstance code, an ISO date, or a person id; {@code personId} is the qualifying
 * relative a factor tag would be for. {@link #key()} names it stably, so a rejection can be remembered.
 */
public record Suggestion(long documentId, SuggestionKind kind, String value, Long personId, Scenario scenario,
                         double confidence, UserMessage explanation) {

    public String key() {
        return documentId + ":" + kind.code() + ":" + value + (personId == null ? "" : ":" + personId);
    }

    public static String key(long documentId, SuggestionKind kind, String value, Long personId) {
        return documentId + ":" + kind.code() + ":" + value + (personId == null ? "" : ":" + personId);
    }
}
