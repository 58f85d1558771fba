package org.hardshipbinder.checks.contradiction;

import java.util.ArrayList;
import java.util.List;
import org.hardshipbinder.model.Fact;

/** Groups date facts that agree (one reading of each matches) so disagreement shows as more than one group. */
final class DateClusters {

    private DateClusters() {
    }

    static List<List<Fact>> of(List<Fact> facts) {
        List<List<Fact>> clusters = new ArrayList<>();
        for (Fact f : facts) {
            List<Fact> home = null;
            for (List<Fact> c : clusters) {
                if (c.stream().anyMatch(f::sameDateAs)) {
                    home = c;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                clusters.add(home);
            }
            home.add(f);
        }
        return clusters;
    }
}
