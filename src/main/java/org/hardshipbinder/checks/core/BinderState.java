package org.hardshipbinder.checks.core;

import java.util.Set;

/**
 * What the checks need of a case's binder plan: whether the user has a plan yet, the documents they left out, and
 * the per-file size limit set for the binder (null: one file).
 */
public record BinderState(boolean planned, Set<Long> excludedDocuments, Integer maxMb) {

    public BinderState {
        excludedDocuments = Set.copyOf(excludedDocuments);
    }

    public static BinderState none() {
        return new BinderState(false, Set.of(), null);
    }
}
