package org.hardshipbinder.model;

import java.util.List;

/**
 * Something a check found in a case that an officer would notice. {@code code} is stable (the design's list);
 * the message and suggested fix are bundle keys with arguments, so they show in English or Spanish.
 * {@code documents} and {@code pages} point at the evidence; {@code people} at the case people concerned;
 * {@code span} is the exact text when one place explains the finding.
 */
public record Finding(Severity severity, String code, UserMessage message, UserMessage fix, List<Long> documents,
                      List<PageRef> pages, List<Long> people, TextSpan span) {

    public Finding {
        documents = List.copyOf(documents);
        pages = List.copyOf(pages);
        people = List.copyOf(people);
    }

    /** A page of a document. */
    public record PageRef(long documentId, int page) {
    }
}
