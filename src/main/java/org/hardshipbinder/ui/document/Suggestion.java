package org.hardshipbinder.ui.document;

import org.hardshipbinder.model.Scenario;

/** A factor tag the app proposes for a document, with the reason in plain words, for the user to accept or reject. */
public record Suggestion(String factor, Long personId, Scenario scenario, String explanation) {
}
