package org.hardshipbinder.ui.editing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hardshipbinder.editing.DeletionImpacts;
import org.hardshipbinder.editing.EditOutcome;
import org.hardshipbinder.editing.PageEditService;
import org.hardshipbinder.editing.SplitTags;
import org.hardshipbinder.editing.TrashService;
import org.hardshipbinder.grouping.GroupingEdits;
import org.hardshipbinder.grouping.GroupingService;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.TrashEntry;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.vault.DocumentRepository;

/** {@link PageEditing} on the vault's editing, trash and grouping services. */
public final class VaultPageEditing implements PageEditing {

    private final DocumentRepository documents;
    private final PageEditService edits;
    private final TrashService trash;
    private final DeletionImpacts impacts;
    private final GroupingService grouping;
    private final GroupingEdits groupingEdits;

    public VaultPageEditing(DocumentRepository documents, PageEditService edits, TrashService trash,
                            DeletionImpacts impacts, GroupingService grouping, GroupingEdits groupingEdits) {
        this.documents = documents;
        this.edits = edits;
        this.trash = trash;
        this.impacts = impacts;
        this.grouping = grouping;
        this.groupingEdits = groupingEdits;
    }

    @Override
    public List<Document> documentsOf(long caseId) {
        return documents.listForCase(caseId);
    }

    @Override
    public EditOutcome merge(List<Long> documentIds) {
        return edits.merge(documentIds);
    }

    @Override
    public EditOutcome split(long documentId, int pageNumber) {
        return edits.split(documentId, List.of(pageNumber), SplitTags.COPY_TO_EACH);
    }

    @Override
    public EditOutcome movePage(long pageId, long targetDocumentId) {
        return edits.movePages(List.of(pageId), targetDocumentId, null);
    }

    @Override
    public EditOutcome turn(long pageId, int clockwiseDegrees) {
        return edits.turn(pageId, clockwiseDegrees);
    }

    @Override
    public EditOutcome removePage(long pageId) {
        return edits.removePages(List.of(pageId));
    }

    @Override
    public List<UserMessage> deletionImpacts(long documentId) {
        return impacts.ofDocument(documentId);
    }

    @Override
    public EditOutcome deleteDocument(long documentId) {
        return edits.deleteDocument(documentId);
    }

    @Override
    public EditOutcome undo() {
        return edits.undo();
    }

    @Override
    public Optional<UserMessage> nextUndo() {
        return edits.nextUndo();
    }

    @Override
    public List<TrashEntry> trash(long caseId) {
        return trash.list(caseId);
    }

    @Override
    public Map<TrashEntry.Kind, Long> trashCounts(long caseId) {
        return trash.counts(caseId);
    }

    @Override
    public EditOutcome restore(long entryId) {
        return trash.restore(entryId);
    }

    @Override
    public void emptyTrash(long caseId) {
        trash.empty(caseId);
    }

    @Override
    public List<org.hardshipbinder.grouping.GroupingSuggestion> suggestions(long caseId) {
        return grouping.pending(caseId);
    }

    @Override
    public List<EditOutcome> accept(org.hardshipbinder.grouping.GroupingSuggestion suggestion) {
        return groupingEdits.accept(suggestion);
    }

    @Override
    public void reject(long caseId, org.hardshipbinder.grouping.GroupingSuggestion suggestion) {
        grouping.reject(caseId, suggestion);
    }
}
