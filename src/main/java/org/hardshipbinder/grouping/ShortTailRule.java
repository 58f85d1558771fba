package org.hardshipbinder.grouping;

import java.util.Optional;

/**
 * A page of a few lines without a title or an opening formula: the end of the paper before (a signature block, an
 * address, a last paragraph) that did not fit on its last page.
 */
final class ShortTailRule implements BoundaryRule {

    static final int MAX_LINES = 4;

    @Override
    public Optional<Evidence> judge(Boundary b) {
        PageProfile after = b.after();
        return after.lines() <= MAX_LINES && after.heading().isEmpty() && after.salutation().isEmpty()
                ? Optional.of(Evidence.same(1.0, "grouping.reason.shortTail", after.lines()))
                : Optional.empty();
    }
}
