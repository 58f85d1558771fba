package org.hardshipbinder.editing;

import java.util.List;
import org.hardshipbinder.vault.AuditLog;
import org.hardshipbinder.vault.RowSnapshot;
import org.hardshipbinder.vault.TrashRepository;
import org.hardshipbinder.vault.Vault;

/**
 * Takes the newest edit back in one transaction: the root rows it left live (documents or people) are deleted with
 * what depends on them, the rows as they were before are put back, and the trash entries it made are dropped.
 */
final class Undo {

    private Undo() {
    }

    static EditOutcome apply(Vault vault, TrashRepository trash, AuditLog audit, EditHistory history) {
        UndoStep step = history.pop().orElse(null);
        if (step == null) {
            return EditOutcome.refused("edit.refused.nothingToUndo");
        }
        try {
            List<Long> restored = vault.write(c -> {
                RowSnapshot.deleteLive(c, step.before().rootTable(), step.liveRoots());
                List<Long> back = step.before().restore(c);
                trash.delete(c, step.trashEntries());
                audit.record("edit.undo", step.before().rootTable(), back.isEmpty() ? null : back.get(0),
                        step.description().key() + " " + step.description().args());
                return back;
            });
            return new EditOutcome.Done(org.hardshipbinder.model.UserMessage.of("edit.done.undo", step.description()),
                    step.before().rootTable().equals("documents") ? restored : List.of());
        } catch (RuntimeException e) {
            history.push(step);
            throw e;
        }
    }
}
