package org.hardshipbinder.ui.shell;

import java.util.Arrays;
import java.util.List;

/** The screens of the app, in the order of the left navigation. DOCUMENT (one document) is reached from others. */
public enum Screen {
    START(false, true), DOCUMENTS(true, true), DOCUMENT(true, false), SUGGESTIONS(true, true), SEARCH(true, true), OVERVIEW(true, true),
    CHECKS(true, true), BINDER(true, true), TIMELINE(true, true), PREFERENCES(false, true);

    private final boolean needsCase;
    private final boolean inNavigation;

    Screen(boolean needsCase, boolean inNavigation) {
        this.needsCase = needsCase;
        this.inNavigation = inNavigation;
    }

    public boolean needsCase() {
        return needsCase;
    }

    public String key() {
        return "ui.nav." + name().toLowerCase(java.util.Locale.ROOT);
    }

    public String id() {
        return "nav-" + name().toLowerCase(java.util.Locale.ROOT);
    }

    public static List<Screen> navigation() {
        return Arrays.stream(values()).filter(s -> s.inNavigation).toList();
    }
}
