package org.hardshipbinder.grouping;

import org.hardshipbinder.model.UserMessage;

/**
 * One reason for or against two pages belonging to the same paper: a positive weight says "the same document", a
 * negative one "a new document begins". The reason is shown to the user as it is.
 */
public record Evidence(double weight, UserMessage reason) {

    public static Evidence same(double weight, String key, Object... args) {
        return new Evidence(Math.abs(weight), UserMessage.of(key, args));
    }

    public static Evidence apart(double weight, String key, Object... args) {
        return new Evidence(-Math.abs(weight), UserMessage.of(key, args));
    }
}
