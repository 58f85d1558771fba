package org.hardshipbinder.model;

/**
 * A document tagged as evidence of a hardship factor, for a qualifying relative (null: the case as a whole)
 * under a scenario. {@code origin} says whether the user tagged it or accepted a suggestion.
 */
public record Tag(long id, long documentId, String factor, Long personId, Scenario scenario, TagOrigin origin) {
}
