package org.hardshipbinder.ui.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The fixes a finding offers on the checks screen, each a button that does it in the app: open the page at the words
 * that explain it, link a translation, link the pair the checks found, set the date, go to the screen where the fix is
 * made (suggestions, binder). Every finding can also be dismissed with a reason.
 */
public enum FixAction {
    OPEN_PAGE, LINK_TRANSLATION, LINK_PAIR, EDIT_DATE, REVIEW_SUGGESTIONS, OPEN_BINDER, DISMISS;

    private static final Set<String> TRANSLATION = Set.of("TRANSLATION_MISSING", "TRANSLATION_NOT_ENGLISH");
    private static final Set<String> DATES = Set.of("UNDATED", "CHRONOLOGY", "STALE_EVIDENCE", "DOB_CONFLICT",
            "MARRIAGE_DATE_CONFLICT");
    private static final Set<String> COVERAGE = Set.of("SCENARIO_MISSING", "FACTOR_NO_EVIDENCE", "RELATIONSHIP_UNPROVEN",
            "FACTOR_UNCORROBORATED");
    private static final Set<String> BINDER = Set.of("NOT_IN_BINDER", "DUPLICATE", "VOLUME_TOO_LARGE");

    public static List<FixAction> forRow(FindingRow row) {
        List<FixAction> actions = new ArrayList<>();
        if (row == null) {
            return actions;
        }
        if (row.documentId() != null) {
            actions.add(OPEN_PAGE);
        }
        if (TRANSLATION.contains(row.code()) && row.documentId() != null) {
            actions.add(LINK_TRANSLATION);
        }
        if ("TRANSLATION_PAIR_SUGGESTED".equals(row.code()) && row.documents().size() >= 2) {
            actions.add(LINK_PAIR);
        }
        if (DATES.contains(row.code()) && row.documentId() != null) {
            actions.add(EDIT_DATE);
        }
        if (COVERAGE.contains(row.code())) {
            actions.add(REVIEW_SUGGESTIONS);
        }
        if (BINDER.contains(row.code())) {
            actions.add(OPEN_BINDER);
        }
        actions.add(DISMISS);
        return actions;
    }
}
