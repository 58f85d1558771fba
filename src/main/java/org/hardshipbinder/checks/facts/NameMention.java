package org.hardshipbinder.checks.facts;

import java.util.Set;

/** A case person's name found in a text at {@code start}..{@code end}, as written, and how it differs. */
public record NameMention(long personId, int start, int end, String written, Set<NameVariant> variants) {

    public NameMention {
        variants = Set.copyOf(variants);
    }

    public boolean exact() {
        return variants.isEmpty();
    }
}
