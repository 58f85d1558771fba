package org.hardshipbinder.ui.security;

import org.hardshipbinder.model.UserMessage;

/** The window's screens as the lock sees them. Called on the window's thread. */
public interface Screens {

    /** Covers the screens with the lock screen and stops their work (it ends, or stops at its next step). */
    void suspend();

    /** Covers the screens with a notice of the work going on ({@code what}) and stops their work, as above. */
    void suspendForWork(UserMessage what);

    /** Shows the screens again, rebuilt on the reopened vault, on the case and screen the user was on. */
    void resume();
}
