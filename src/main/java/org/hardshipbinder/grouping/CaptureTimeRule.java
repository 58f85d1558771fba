package org.hardshipbinder.grouping;

import java.time.Duration;
import java.util.Optional;

/**
 * When two files were taken (camera EXIF or the time stamp in their names): the pages of one paper are
 * photographed or scanned one after the other, seconds or a few minutes apart; files made hours apart are not one.
 * Within a minute it outweighs a title on the back of a sheet (a certificate's marginal notes, a stamp), though not
 * a title together with a signature, another language or a copy.
 */
final class CaptureTimeRule implements BoundaryRule {

    @Override
    public Optional<Evidence> judge(Boundary b) {
        if (!b.acrossFiles() || b.beforeFile().takenAt() == null || b.afterFile().takenAt() == null) {
            return Optional.empty();
        }
        long seconds = Math.abs(Duration.between(b.beforeFile().takenAt(), b.afterFile().takenAt()).toSeconds());
        if (seconds <= 60) {
            return Optional.of(Evidence.same(2.5, "grouping.reason.takenSeconds", seconds));
        }
        if (seconds <= 90) {
            return Optional.of(Evidence.same(2.0, "grouping.reason.takenSeconds", seconds));
        }
        if (seconds <= 5 * 60) {
            return Optional.of(Evidence.same(1.0, "grouping.reason.takenMinutes", (seconds + 59) / 60));
        }
        if (seconds <= 20 * 60) {
            return Optional.of(Evidence.same(0.3, "grouping.reason.takenMinutes", (seconds + 59) / 60));
        }
        if (seconds > 2 * 3600) {
            return Optional.of(Evidence.apart(1.5, "grouping.reason.takenApart", seconds / 3600));
        }
        return Optional.empty();
    }
}
