package org.hardshipbinder.grouping;

import java.util.Optional;

/**
 * A page whose title announces a translation ("Certified translation", "Translation from Spanish") starts a paper:
 * the translation is filed beside its original, not inside it.
 */
final class TranslationStartRule implements BoundaryRule {

    @Override
    public Optional<Evidence> judge(Boundary b) {
        return b.after().translation() && !b.before().translation()
                ? Optional.of(Evidence.apart(2.0, "grouping.reason.translationStarts"))
                : Optional.empty();
    }
}
