package org.hardshipbinder.binder;

import org.hardshipbinder.model.UserMessage;

/**
 * An original that cannot be placed. Thrown only inside the binder writer, which turns it into a
 * {@link BinderOutcome.Stopped} before anything reaches the caller.
 */
final class PlacementFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient UserMessage reason;

    PlacementFailure(UserMessage reason, Throwable cause) {
        super(reason.key(), cause);
        this.reason = reason;
    }

    UserMessage reason() {
        return reason;
    }
}
