package org.hardshipbinder.grouping;

import java.util.Optional;

/**
 * A page that opens with a certificate about the page before (a translator's certificate, an apostille) belongs to
 * the paper it certifies, although it begins with a title of its own.
 */
final class AttachmentRule implements BoundaryRule {

    @Override
    public Optional<Evidence> judge(Boundary b) {
        return b.after().attachment().isEmpty() ? Optional.empty()
                : Optional.of(Evidence.same(2.5, "grouping.reason.certifiesBefore", b.after().attachment()));
    }
}
