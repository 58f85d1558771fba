package org.hardshipbinder.grouping;

import java.util.Optional;

/** The shape of the sheet: another paper size starts another paper; photos of the same size go together. */
final class PaperRule implements BoundaryRule {

    static final double TOLERANCE = 0.04;

    @Override
    public Optional<Evidence> judge(Boundary b) {
        double before = b.before().aspect();
        double after = b.after().aspect();
        if (before == 0 || after == 0) {
            return Optional.empty();
        }
        if (Math.abs(before - after) > TOLERANCE) {
            return Optional.of(Evidence.apart(0.8, "grouping.reason.otherPaper"));
        }
        return b.acrossFiles() ? Optional.of(Evidence.same(0.3, "grouping.reason.samePaper")) : Optional.empty();
    }
}
