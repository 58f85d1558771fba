package org.hardshipbinder.grouping;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Two pages with nearly the same words are two copies of one page, not a page and the next. */
final class CopyRule implements BoundaryRule {

    static final int MIN_WORDS = 20;
    static final double SAME_WORDS = 0.8;

    @Override
    public Optional<Evidence> judge(Boundary b) {
        Set<String> before = b.before().words();
        Set<String> after = b.after().words();
        if (before.size() < MIN_WORDS || after.size() < MIN_WORDS) {
            return Optional.empty();
        }
        Set<String> common = new HashSet<>(before);
        common.retainAll(after);
        Set<String> all = new HashSet<>(before);
        all.addAll(after);
        return common.size() >= SAME_WORDS * all.size()
                ? Optional.of(Evidence.apart(4.0, "grouping.reason.copy"))
                : Optional.empty();
    }
}
