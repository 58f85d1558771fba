package org.hardshipbinder.grouping;

import java.util.Optional;

/**
 * Two pages in the same script no installed model reads, one after the other: the photos of one paper in that
 * language are the likeliest reason, the more so when they were taken moments apart ({@link CaptureTimeRule}).
 */
final class SameScriptRule implements BoundaryRule {

    @Override
    public Optional<Evidence> judge(Boundary b) {
        String language = b.before().language();
        return b.before().noModel() && b.after().noModel() && language != null && language.equals(b.after().language())
                ? Optional.of(Evidence.same(1.0, "grouping.reason.sameScript", language))
                : Optional.empty();
    }
}
