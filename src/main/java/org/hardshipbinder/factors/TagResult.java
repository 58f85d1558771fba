package org.hardshipbinder.factors;

import org.hardshipbinder.model.Tag;
import org.hardshipbinder.model.UserMessage;

/** The outcome of tagging a document: the tag, or why it was refused (nothing changed). */
public sealed interface TagResult {
    record Tagged(Tag tag) implements TagResult {
    }

    record Refused(UserMessage reason) implements TagResult {
    }
}
