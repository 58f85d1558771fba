package org.hardshipbinder.editing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.hardshipbinder.model.UserMessage;

/**
 * The session's edits that can still be taken back, newest first. Kept in memory only: undo is for the session's
 * own mistakes; what was deleted stays restorable from the trash across sessions. Bounded, so a long session's
 * snapshots (page text and word boxes included) do not grow without end.
 */
public final class EditHistory {

    static final int LIMIT = 50;

    private final Deque<UndoStep> steps = new ArrayDeque<>();

    synchronized void push(UndoStep step) {
        steps.push(step);
        while (steps.size() > LIMIT) {
            steps.removeLast();
        }
    }

    synchronized Optional<UndoStep> pop() {
        return Optional.ofNullable(steps.poll());
    }

    /** What the next undo would take back, if anything. */
    public synchronized Optional<UserMessage> next() {
        return Optional.ofNullable(steps.peek()).map(UndoStep::description);
    }

    public synchronized int size() {
        return steps.size();
    }
}
