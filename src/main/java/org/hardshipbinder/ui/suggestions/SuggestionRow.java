package org.hardshipbinder.ui.suggestions;

import org.hardshipbinder.factors.Suggestion;

/** One line of the review table, already in words: document, what is suggested, for whom, why, how sure (0–100). */
public record SuggestionRow(Suggestion suggestion, String document, String what, String person, String reason,
                            int confidencePercent) {
}
