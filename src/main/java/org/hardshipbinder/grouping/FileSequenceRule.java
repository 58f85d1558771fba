package org.hardshipbinder.grouping;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** File names that differ only by a counter one apart (IMG_0412, IMG_0413; scan_7, scan_8): taken in a row. */
final class FileSequenceRule implements BoundaryRule {

    private static final Pattern LAST_NUMBER = Pattern.compile("^(.*?)(\\d+)(\\D*)$");

    @Override
    public Optional<Evidence> judge(Boundary b) {
        if (!b.acrossFiles()) {
            return Optional.empty();
        }
        Matcher before = LAST_NUMBER.matcher(b.beforeFile().fileName());
        Matcher after = LAST_NUMBER.matcher(b.afterFile().fileName());
        if (!before.matches() || !after.matches() || !before.group(1).equals(after.group(1))
                || !before.group(3).equalsIgnoreCase(after.group(3)) || before.group(2).length() > 9) {
            return Optional.empty();
        }
        long first = Long.parseLong(before.group(2));
        long second = Long.parseLong(after.group(2));
        return second == first + 1
                ? Optional.of(Evidence.same(0.6, "grouping.reason.fileSequence", b.beforeFile().fileName(),
                        b.afterFile().fileName()))
                : Optional.empty();
    }
}
