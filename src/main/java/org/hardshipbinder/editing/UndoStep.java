package org.hardshipbinder.editing;

import java.util.List;
import java.util.Set;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.vault.RowSnapshot;

/**
 * How to take one edit back: the rows of what it touched as they were before ({@code before}, rooted at documents or
 * people), the root rows live after it (deleted, then the snapshot put back), and the trash entries it made.
 */
record UndoStep(UserMessage description, long caseId, RowSnapshot before, Set<Long> liveRoots, List<Long> trashEntries) {
}
