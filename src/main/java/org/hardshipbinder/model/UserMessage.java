package org.hardshipbinder.model;

import java.util.List;

/**
 * A sentence for the user, kept as a resource-bundle key and its arguments so it can be shown in
 * English or Spanish. Core code returns these; only the edges (CLI, UI) turn them into text.
 */
public record UserMessage(String key, List<Object> args) {

    public UserMessage {
        args = List.copyOf(args);
    }

    public static UserMessage of(String key, Object... args) {
        return new UserMessage(key, List.of(args));
    }
}
