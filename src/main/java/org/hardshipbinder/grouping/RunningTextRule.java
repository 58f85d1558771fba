package org.hardshipbinder.grouping;

import java.util.Optional;

/**
 * Text that runs over the page break: a word split by a hyphen, a sentence left open and finished in lower case
 * on the next page, or a page that says it goes on ("continued on the next page", "(continued)").
 */
final class RunningTextRule implements BoundaryRule {

    @Override
    public Optional<Evidence> judge(Boundary b) {
        PageProfile before = b.before();
        PageProfile after = b.after();
        if (before.endsOpen() && after.startsLower()) {
            return Optional.of(Evidence.same(2.5, "grouping.reason.sentenceRunsOver"));
        }
        if (before.carriesOn() || after.continued()) {
            return Optional.of(Evidence.same(2.0, "grouping.reason.saysContinued"));
        }
        if (after.startsLower()) {
            return Optional.of(Evidence.same(1.0, "grouping.reason.startsMidSentence"));
        }
        if (before.endsOpen()) {
            return Optional.of(Evidence.same(0.8, "grouping.reason.endsMidSentence"));
        }
        return Optional.empty();
    }
}
