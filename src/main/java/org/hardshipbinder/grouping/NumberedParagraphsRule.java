package org.hardshipbinder.grouping;

import java.util.Optional;
import org.hardshipbinder.grouping.PageProfile.Paragraphs;

/** Numbered paragraphs that go on across the break (7. then 8.), or a list that starts again at 1. */
final class NumberedParagraphsRule implements BoundaryRule {

    @Override
    public Optional<Evidence> judge(Boundary b) {
        Paragraphs before = b.before().paragraphs();
        Paragraphs after = b.after().paragraphs();
        if (before == null || after == null) {
            return Optional.empty();
        }
        if (after.first() == before.last() + 1) {
            return Optional.of(Evidence.same(1.5, "grouping.reason.paragraphsGoOn", before.last(), after.first()));
        }
        if (after.first() == 1 && before.last() >= 2) {
            return Optional.of(Evidence.apart(0.8, "grouping.reason.paragraphsRestart"));
        }
        return Optional.empty();
    }
}
