package org.hardshipbinder.intake;

import org.hardshipbinder.model.MediaType;
import org.hardshipbinder.model.UserMessage;

/** What a file's first bytes say it is. */
public sealed interface Sniffed {

    record Supported(MediaType mediaType) implements Sniffed {
    }

    record Unsupported(UserMessage reason) implements Sniffed {
    }
}
