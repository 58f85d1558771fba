package org.hardshipbinder.binder;

import java.util.List;
import org.hardshipbinder.model.Case;

/** The whole binder before any page is written: the case, the settings, and every exhibit numbered. */
record BinderLayout(Case theCase, BinderSettings settings, List<LaidOutExhibit> exhibits) {

    BinderLayout {
        exhibits = List.copyOf(exhibits);
    }

    /** A binder page number as printed: with the Bates prefix and six digits when the case has a prefix. */
    String batesNumber(int number) {
        return settings.batesPrefix() == null ? Integer.toString(number)
                : settings.batesPrefix() + String.format("%06d", number);
    }
}
