package org.hardshipbinder.grouping;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** The same first line on both pages (a letterhead or running header repeated on every page) goes on. */
final class HeaderRule implements BoundaryRule {

    @Override
    public Optional<Evidence> judge(Boundary b) {
        return sameHeader(b.before(), b.after())
                ? Optional.of(Evidence.same(1.2, "grouping.reason.sameHeader", b.after().header()))
                : Optional.empty();
    }

    /** Most words of the two first lines agree (OCR may misread one or two), and there are enough of them. */
    static boolean sameHeader(PageProfile before, PageProfile after) {
        Set<String> a = tokens(before.header());
        Set<String> c = tokens(after.header());
        if (a.size() < 2 || c.size() < 2) {
            return false;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(c);
        Set<String> all = new HashSet<>(a);
        all.addAll(c);
        return common.size() >= 0.7 * all.size();
    }

    private static Set<String> tokens(String header) {
        Set<String> tokens = new HashSet<>();
        Arrays.stream(header.split(" ")).filter(t -> t.length() >= 2).forEach(tokens::add);
        return tokens;
    }
}
