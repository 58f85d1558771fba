package org.hardshipbinder.grouping;

import java.util.Optional;

/**
 * One page read well and the next one badly: most often a page in a script or language the OCR has no model for
 * (an original beside its English translation), which the language found for it cannot be trusted to show.
 */
final class ReadingQualityRule implements BoundaryRule {

    static final double POOR = 70;
    static final double GOOD = 85;

    @Override
    public Optional<Evidence> judge(Boundary b) {
        Double before = b.before().confidence();
        Double after = b.after().confidence();
        double lower = Math.min(read(before), read(after));
        double higher = Math.max(read(before), read(after));
        return lower < POOR && higher >= GOOD
                ? Optional.of(Evidence.apart(1.5, "grouping.reason.readingChanges"))
                : Optional.empty();
    }

    /** A text layer reads as well as text can. */
    private static double read(Double confidence) {
        return confidence == null ? 100 : confidence;
    }
}
