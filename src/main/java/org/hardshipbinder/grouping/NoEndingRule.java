package org.hardshipbinder.grouping;

import java.util.Optional;

/**
 * Neither sign of a boundary: the page before does not end the way papers end, and this one does not begin the way
 * they begin. Weak on its own; it tips photos of the middle pages of one paper together.
 */
final class NoEndingRule implements BoundaryRule {

    @Override
    public Optional<Evidence> judge(Boundary b) {
        return !b.before().closes() && !b.after().opens() && b.after().attachment().isEmpty()
                ? Optional.of(Evidence.same(0.5, "grouping.reason.noBoundary"))
                : Optional.empty();
    }
}
