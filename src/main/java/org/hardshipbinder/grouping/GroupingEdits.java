package org.hardshipbinder.grouping;

import java.util.ArrayList;
import java.util.List;
import org.hardshipbinder.editing.EditOutcome;
import org.hardshipbinder.editing.PageEditService;
import org.hardshipbinder.editing.SplitTags;
import org.hardshipbinder.model.Page;
import org.hardshipbinder.vault.PageRepository;

/**
 * Accepts merge and split suggestions through the page-editing service, so each change is one transaction in the
 * audit log and can be undone. A split first sends the blank pages to the trash, then cuts the document where the
 * suggestion says (page numbers recounted without the blanks); every part gets a copy of the tags.
 */
public final class GroupingEdits {

    private final GroupingService suggestions;
    private final PageEditService edits;
    private final PageRepository pages;

    public GroupingEdits(GroupingService suggestions, PageEditService edits, PageRepository pages) {
        this.suggestions = suggestions;
        this.edits = edits;
        this.pages = pages;
    }

    /** Applies one suggestion; the outcomes of its edits in order (a refusal stops it, and says why). */
    public List<EditOutcome> accept(GroupingSuggestion suggestion) {
        if (suggestion instanceof MergeSuggestion merge) {
            return List.of(edits.merge(merge.documentIds()));
        }
        return split((SplitSuggestion) suggestion);
    }

    /** Applies every pending suggestion of a case: splits first (a merge never names a document being cut). */
    public List<EditOutcome> acceptAll(long caseId) {
        List<GroupingSuggestion> pending = new ArrayList<>(suggestions.pending(caseId));
        pending.sort((a, b) -> Boolean.compare(a instanceof MergeSuggestion, b instanceof MergeSuggestion));
        List<EditOutcome> outcomes = new ArrayList<>();
        for (GroupingSuggestion s : pending) {
            outcomes.addAll(accept(s));
        }
        return outcomes;
    }

    private List<EditOutcome> split(SplitSuggestion split) {
        List<Page> before = pages.listForDocument(split.documentId());
        List<EditOutcome> outcomes = new ArrayList<>();
        if (!split.blankPages().isEmpty()) {
            List<Long> blank = before.stream().filter(p -> split.blankPages().contains(p.number())).map(Page::id).toList();
            EditOutcome removed = edits.removePages(blank);
            outcomes.add(removed);
            if (removed instanceof EditOutcome.Refused) {
                return outcomes;
            }
        }
        List<Long> remaining = pages.listForDocument(split.documentId()).stream().map(Page::id).toList();
        List<Integer> starts = new ArrayList<>();
        for (int start : split.cutBefore()) {
            long pageId = before.get(start - 1).id();
            starts.add(remaining.indexOf(pageId) + 1);
        }
        if (!starts.isEmpty()) {
            outcomes.add(edits.split(split.documentId(), starts, SplitTags.COPY_TO_EACH));
        }
        return outcomes;
    }
}
