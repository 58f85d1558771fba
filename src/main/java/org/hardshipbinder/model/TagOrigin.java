package org.hardshipbinder.model;

/** Who made a tag: the user directly, or the user accepting a suggestion. */
public enum TagOrigin {
    USER, SUGGESTION
}
