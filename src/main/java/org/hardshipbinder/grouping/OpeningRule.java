package org.hardshipbinder.grouping;

import java.util.Optional;

/**
 * A page that begins the way papers begin: a title ("RESIDENTIAL LEASE AGREEMENT", "Form W-2 …"), an opening
 * formula ("To whom it may concern", "Estimados señores") or a letterhead with telephone and address. Several of
 * them together weigh more. A header repeated from the page before, or a page that starts mid-sentence, is not one.
 */
final class OpeningRule implements BoundaryRule {

    @Override
    public Optional<Evidence> judge(Boundary b) {
        PageProfile after = b.after();
        if (!after.opens() || after.startsLower() || after.continued() || !after.attachment().isEmpty()) {
            return Optional.empty();
        }
        // A header repeated from the page before is a running header, not a new title; an opening formula still counts.
        boolean repeated = HeaderRule.sameHeader(b.before(), after);
        double weight = 0;
        int signs = 0;
        if (!after.salutation().isEmpty()) {
            weight = Math.max(weight, 1.5);
            signs++;
        }
        if (!after.heading().isEmpty() && !repeated) {
            weight = Math.max(weight, 1.3);
            signs++;
        }
        if (after.letterhead() && !repeated) {
            weight = Math.max(weight, 1.0);
            signs++;
        }
        if (signs == 0) {
            return Optional.empty();
        }
        weight += 0.4 * (signs - 1);
        String shown = !after.heading().isEmpty() && !repeated ? after.heading() : after.salutation();
        return Optional.of(shown.isEmpty()
                ? Evidence.apart(weight, "grouping.reason.newLetterhead")
                : Evidence.apart(weight, "grouping.reason.beginsLikeDocument", shown));
    }
}
