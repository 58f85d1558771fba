package org.hardshipbinder.editing;

import java.util.List;
import org.hardshipbinder.model.UserMessage;

/** What an edit did, or why it was refused (then nothing changed). */
public sealed interface EditOutcome {

    /** Done: a sentence saying what changed, and the documents that result (a split's parts in order; a merge's target). */
    record Done(UserMessage summary, List<Long> documents) implements EditOutcome {
        public Done {
            documents = List.copyOf(documents);
        }
    }

    record Refused(UserMessage reason) implements EditOutcome {
    }

    static Refused refused(String key, Object... args) {
        return new Refused(UserMessage.of(key, args));
    }
}
