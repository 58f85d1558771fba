package org.hardshipbinder.grouping;

import java.util.Optional;

/** A change of language between two well-read pages: an original and its translation, or two papers. */
final class LanguageRule implements BoundaryRule {

    @Override
    public Optional<Evidence> judge(Boundary b) {
        String before = b.before().language();
        String after = b.after().language();
        return before != null && after != null && !before.equals(after)
                ? Optional.of(Evidence.apart(2.5, "grouping.reason.languageChanges", before, after))
                : Optional.empty();
    }
}
