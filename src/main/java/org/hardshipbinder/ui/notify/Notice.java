package org.hardshipbinder.ui.notify;

import java.util.List;

/** A short message for the user when something finishes in the background; details are one line each. */
public record Notice(Kind kind, String title, List<String> details) {

    public enum Kind { INFORMATION, WARNING, ERROR }

    public Notice {
        details = List.copyOf(details);
    }
}
