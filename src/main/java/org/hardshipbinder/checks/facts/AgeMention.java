package org.hardshipbinder.checks.facts;

/** An age in years written at {@code start}..{@code end}; {@code past} when the sentence speaks of an earlier time. */
public record AgeMention(int years, int start, int end, boolean past) {
}
