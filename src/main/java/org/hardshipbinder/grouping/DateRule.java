package org.hardshipbinder.grouping;

import java.util.Optional;

/** The dates at the top of both pages: the same date goes on, another date starts another paper. */
final class DateRule implements BoundaryRule {

    @Override
    public Optional<Evidence> judge(Boundary b) {
        var before = b.before().topDate();
        var after = b.after().topDate();
        if (before == null || after == null) {
            return Optional.empty();
        }
        return Optional.of(before.equals(after)
                ? Evidence.same(0.6, "grouping.reason.sameDate", after)
                : Evidence.apart(1.0, "grouping.reason.otherDate", before, after));
    }
}
