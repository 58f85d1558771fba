package org.hardshipbinder.checks.facts;

/** A case person's name as written on a page of a document. */
public record PageName(long documentId, int page, NameMention mention) {
}
