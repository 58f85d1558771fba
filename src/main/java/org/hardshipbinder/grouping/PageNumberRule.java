package org.hardshipbinder.grouping;

import java.util.Optional;

/** Printed page numbers: "page 2 of 3" after "page 1 of 3" goes on; "page 1" again starts a new paper. */
final class PageNumberRule implements BoundaryRule {

    @Override
    public Optional<Evidence> judge(Boundary b) {
        PageMarker before = b.before().marker();
        PageMarker after = b.after().marker();
        if (after != null && before != null && before.isFollowedBy(after)) {
            return Optional.of(Evidence.same(3.0, "grouping.reason.pageFollows", before.number(), after.number()));
        }
        if (after != null && after.isFirst()) {
            return Optional.of(Evidence.apart(3.0, "grouping.reason.pageOneAgain"));
        }
        if (before != null && before.isLast()) {
            return Optional.of(Evidence.apart(1.5, "grouping.reason.lastPage", before.number(), before.total()));
        }
        if (after != null && after.number() > 1 && (before == null || before.number() < after.number())) {
            return Optional.of(Evidence.same(1.5, "grouping.reason.laterPage", after.number()));
        }
        if (before != null && before.total() > before.number()) {
            return Optional.of(Evidence.same(1.0, "grouping.reason.morePages", before.number(), before.total()));
        }
        return Optional.empty();
    }
}
