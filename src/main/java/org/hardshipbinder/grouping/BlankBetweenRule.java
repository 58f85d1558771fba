package org.hardshipbinder.grouping;

import java.util.Optional;

/** A blank sheet between two pages: often a separator, or the empty back of the last page of a paper. */
final class BlankBetweenRule implements BoundaryRule {

    @Override
    public Optional<Evidence> judge(Boundary b) {
        return b.blanksBetween() > 0
                ? Optional.of(Evidence.apart(0.8, "grouping.reason.blankBetween"))
                : Optional.empty();
    }
}
