package org.hardshipbinder.ui.editing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hardshipbinder.editing.EditOutcome;
import org.hardshipbinder.grouping.GroupingSuggestion;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.TrashEntry;
import org.hardshipbinder.model.UserMessage;

/** What the page-editing screens read and change. Every method runs off the UI thread. */
public interface PageEditing {

    List<Document> documentsOf(long caseId);

    EditOutcome merge(List<Long> documentIds);

    /** Cuts the document so that a new one starts at {@code pageNumber}. */
    EditOutcome split(long documentId, int pageNumber);

    EditOutcome movePage(long pageId, long targetDocumentId);

    EditOutcome turn(long pageId, int clockwiseDegrees);

    EditOutcome removePage(long pageId);

    /** What deleting the document would affect, said before it is done. */
    List<UserMessage> deletionImpacts(long documentId);

    EditOutcome deleteDocument(long documentId);

    EditOutcome undo();

    Optional<UserMessage> nextUndo();

    List<TrashEntry> trash(long caseId);

    Map<TrashEntry.Kind, Long> trashCounts(long caseId);

    EditOutcome restore(long entryId);

    void emptyTrash(long caseId);

    List<GroupingSuggestion> suggestions(long caseId);

    List<EditOutcome> accept(GroupingSuggestion suggestion);

    void reject(long caseId, GroupingSuggestion suggestion);
}
