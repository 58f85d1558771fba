package org.hardshipbinder.editing;

import java.util.List;
import java.util.function.LongPredicate;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.vault.CaseRepository;
import org.hardshipbinder.vault.DocumentRepository;

/**
 * Renaming, archiving (off the start list, kept in the vault) and deleting cases. Deleting is for good — the case,
 * its documents, originals, binder and trash — and is refused while OCR reads any of its documents.
 */
public final class CaseEditService {

    private final CaseRepository cases;
    private final DocumentRepository documents;
    private final LongPredicate beingRead;

    public CaseEditService(CaseRepository cases, DocumentRepository documents, LongPredicate beingRead) {
        this.cases = cases;
        this.documents = documents;
        this.beingRead = beingRead;
    }

    public EditOutcome rename(long caseId, String title) {
        if (cases.find(caseId).isEmpty()) {
            return EditOutcome.refused("edit.refused.noSuchCase", caseId);
        }
        cases.rename(caseId, title);
        Case renamed = cases.find(caseId).orElseThrow();
        return new EditOutcome.Done(UserMessage.of("edit.done.caseRename", caseId, renamed.displayTitle()), List.of());
    }

    public EditOutcome archive(long caseId, boolean archived) {
        if (cases.find(caseId).isEmpty()) {
            return EditOutcome.refused("edit.refused.noSuchCase", caseId);
        }
        cases.setArchived(caseId, archived);
        return new EditOutcome.Done(UserMessage.of(archived ? "edit.done.caseArchive" : "edit.done.caseUnarchive", caseId),
                List.of());
    }

    /** What deleting the case would delete, to be said before the user confirms. */
    public UserMessage impactOfDeleting(long caseId) {
        Case c = cases.find(caseId).orElseThrow();
        return UserMessage.of("edit.impact.case", c.displayTitle(), documents.listForCase(caseId).size());
    }

    public EditOutcome delete(long caseId) {
        if (cases.find(caseId).isEmpty()) {
            return EditOutcome.refused("edit.refused.noSuchCase", caseId);
        }
        var busy = documents.listForCase(caseId).stream().filter(d -> beingRead.test(d.id())).findFirst();
        if (busy.isPresent()) {
            return EditOutcome.refused("edit.refused.ocrRunning", busy.get().id());
        }
        cases.delete(caseId);
        return new EditOutcome.Done(UserMessage.of("edit.done.caseDelete", caseId), List.of());
    }
}
