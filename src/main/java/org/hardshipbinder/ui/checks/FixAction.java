package org.hardshipbinder.ui.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The fixes a finding offers on the checks screen, by its code. Every finding can be dismissed with a reason. */
public enum FixAction {
    LINK_TRANSLATION, EDIT_DATE, DISMISS;

    private static final Set<String> TRANSLATION = Set.of("TRANSLATION_MISSING", "TRANSLATION_NOT_ENGLISH");
    private static final Set<String> DATES = Set.of("UNDATED", "CHRONOLOGY", "STALE_EVIDENCE", "DOB_CONFLICT",
            "MARRIAGE_DATE_CONFLICT");

    public static List<FixAction> forCode(String code) {
        List<FixAction> actions = new ArrayList<>();
        if (TRANSLATION.contains(code)) {
            actions.add(LINK_TRANSLATION);
        }
        if (DATES.contains(code)) {
            actions.add(EDIT_DATE);
        }
        actions.add(DISMISS);
        return actions;
    }
}
