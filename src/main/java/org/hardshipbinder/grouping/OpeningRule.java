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
        if (!after.opens() || after.startsLower() || after.continued() || !after.attachment().isEmpty() || HeaderRule.sameHeader(b.before(), after)) {
            return Optional.empty();
        }
        double weight = 0;
        int signs = 0;
        if (!after.salutation().isEmpty()) {
            weight = Math.max(weight, 1.5);
            signs++;
        }
        if (!after.heading().isEmpty()) {
            weight = Math.max(weight, 1.3);
            signs++;
        }
        if (after.letterhead()) {
            weight = Math.max(weight, 1.0);
            signs++;
        }
        weight += 0.4 * (signs - 1);
        String shown = !after.heading().isEmpty() ? after.heading() : after.salutation();
        return Optional.of(shown.isEmpty()
                ? Evidence.apart(weight, "grouping.reason.newLetterhead")
                : Evidence.apart(weight, "grouping.reason.beginsLikeDocument", shown));
    }
}
