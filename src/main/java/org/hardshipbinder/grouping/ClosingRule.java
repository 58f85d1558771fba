package org.hardshipbinder.grouping;

import java.util.Optional;

/** A page that ends the way papers end: "Sincerely", "Atentamente", a signature line, a perjury or notary clause. */
final class ClosingRule implements BoundaryRule {

    @Override
    public Optional<Evidence> judge(Boundary b) {
        return b.before().closes()
                ? Optional.of(Evidence.apart(1.2, "grouping.reason.endsLikeDocument", b.before().closing()))
                : Optional.empty();
    }
}
