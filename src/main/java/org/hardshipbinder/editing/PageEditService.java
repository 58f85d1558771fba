package org.hardshipbinder.editing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.Page;
import org.hardshipbinder.model.TrashEntry;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.vault.AuditLog;
import org.hardshipbinder.vault.DocumentEdits;
import org.hardshipbinder.vault.DocumentRepository;
import org.hardshipbinder.vault.PageRepository;
import org.hardshipbinder.vault.RowSnapshot;
import org.hardshipbinder.vault.TrashRepository;
import org.hardshipbinder.vault.Vault;

/**
 * Merging, splitting, moving, reordering, turning and removing pages, and deleting documents. Each edit is one
 * transaction with its audit-log entry, and only changes which page of which original a document shows: the pages
 * keep their ids, so their text, word boxes and search index entries follow them. Tags, people, circumstances,
 * translation links and the binder plan follow the documents (see each method). A refused edit changes nothing and
 * says why; every edit done can be taken back with {@link #undo()}.
 */
public final class PageEditService {

    /** The changes an edit makes inside its transaction; returns the resulting documents and the trash entries made. */
    @FunctionalInterface
    private interface Work {
        Result apply(Connection c) throws SQLException;
    }

    private record Result(List<Long> documents, List<Long> created, List<Long> trashEntries) {
    }

    private final Vault vault;
    private final DocumentRepository documents;
    private final PageRepository pages;
    private final DocumentEdits edits;
    private final TrashRepository trash;
    private final AuditLog audit;
    private final EditHistory history;
    private final LongPredicate beingRead;

    /** {@code beingRead}: whether OCR is reading a document right now (its pages must not move meanwhile). */
    public PageEditService(Vault vault, DocumentRepository documents, PageRepository pages, DocumentEdits edits,
                           TrashRepository trash, AuditLog audit, EditHistory history, LongPredicate beingRead) {
        this.vault = vault;
        this.documents = documents;
        this.pages = pages;
        this.edits = edits;
        this.trash = trash;
        this.audit = audit;
        this.history = history;
        this.beingRead = beingRead;
    }

    /** Merges documents into the first: the others' pages follow its pages, in the order given. */
    public EditOutcome merge(List<Long> documentIds) {
        return merge(documentIds, null);
    }

    /**
     * Merges documents into the first, with the pages in {@code pageOrder} (all their pages, each once; null: each
     * document's pages after the previous one's). The others' tags, people and circumstances are copied to it, their
     * translations become its translations, it takes over an exhibit place if it had none, and they are gone.
     */
    public EditOutcome merge(List<Long> documentIds, List<Long> pageOrder) {
        List<Long> ids = List.copyOf(new LinkedHashSet<>(documentIds));
        if (ids.size() < 2) {
            return EditOutcome.refused("edit.refused.mergeNeedsTwo");
        }
        Optional<EditOutcome.Refused> refused = refuseUnusable(ids);
        if (refused.isPresent()) {
            return refused.get();
        }
        List<Long> order = new ArrayList<>();
        ids.forEach(id -> pages.listForDocument(id).forEach(p -> order.add(p.id())));
        if (pageOrder != null) {
            if (!samePages(order, pageOrder)) {
                return EditOutcome.refused("edit.refused.pageOrder");
            }
            order.clear();
            order.addAll(pageOrder);
        }
        long target = ids.get(0);
        UserMessage summary = UserMessage.of("edit.done.merge", join(ids.subList(1, ids.size())), target, order.size());
        return apply("document.merge", target, summary, ids, c -> {
            edits.placePages(c, target, order);
            for (long other : ids.subList(1, ids.size())) {
                absorb(c, other, target);
            }
            edits.settleStatus(c, target);
            return new Result(List.of(target), List.of(), List.of());
        });
    }

    /** {@code from}'s descriptions, translations and exhibit place go to {@code into}, then {@code from} is deleted. */
    private void absorb(Connection c, long from, long into) throws SQLException {
        edits.copyDescriptions(c, from, into);
        edits.repointTranslations(c, from, into);
        edits.takeOverExhibit(c, from, into);
        edits.deleteDocument(c, from);
    }

    /**
     * Splits a document so that new documents start at the given page numbers (e.g. 3 and 5 make pages 1–2, 3–4 and
     * 5–end). The first part keeps the document's id, metadata, translations and exhibit; the new parts get its
     * source kind, the language their own pages were read in (its language when none is known), an exhibit right after its exhibit, and — with {@link SplitTags#COPY_TO_EACH} — a copy
     * of its tags, people and circumstances. Titles, types and dates are not copied: they rarely fit the other parts.
     */
    public EditOutcome split(long documentId, List<Integer> startsAt, SplitTags tags) {
        Optional<EditOutcome.Refused> refused = refuseUnusable(List.of(documentId));
        if (refused.isPresent()) {
            return refused.get();
        }
        List<Page> all = pages.listForDocument(documentId);
        List<Integer> starts = startsAt.stream().distinct().sorted().toList();
        if (starts.isEmpty()) {
            return EditOutcome.refused("edit.refused.splitNoPage", documentId);
        }
        for (int start : starts) {
            if (start < 2 || start > all.size()) {
                return EditOutcome.refused("edit.refused.splitAt", start, documentId, all.size());
            }
        }
        long caseId = documents.find(documentId).orElseThrow().caseId();
        UserMessage summary = UserMessage.of("edit.done.split", documentId, starts.size() + 1);
        return apply("document.split", documentId, summary, List.of(documentId), c -> {
            List<List<Long>> parts = new ArrayList<>();
            int from = 0;
            for (int start : starts) {
                parts.add(all.subList(from, start - 1).stream().map(Page::id).toList());
                from = start - 1;
            }
            parts.add(all.subList(from, all.size()).stream().map(Page::id).toList());
            List<Long> created = new ArrayList<>();
            for (List<Long> part : parts.subList(1, parts.size())) {
                long id = edits.createDocument(c, caseId, documentId);
                edits.placePages(c, id, part);
                edits.languageFromPages(c, id);
                if (tags == SplitTags.COPY_TO_EACH) {
                    edits.copyDescriptions(c, documentId, id);
                }
                edits.settleStatus(c, id);
                created.add(id);
            }
            edits.placePages(c, documentId, parts.get(0));
            edits.settleStatus(c, documentId);
            edits.exhibitsAfter(c, documentId, created);
            List<Long> result = new ArrayList<>(List.of(documentId));
            result.addAll(created);
            return new Result(result, created, List.of());
        });
    }

    /**
     * Moves pages (in the order given) into {@code targetDocumentId} at position {@code at} (1-based, among the pages
     * that stay; null: at the end). A document left without pages is absorbed into the target as in a merge.
     */
    public EditOutcome movePages(List<Long> pageIds, long targetDocumentId, Integer at) {
        List<Long> moving = List.copyOf(new LinkedHashSet<>(pageIds));
        List<Page> found = moving.stream().map(pages::find).flatMap(Optional::stream).toList();
        if (moving.isEmpty() || found.size() != moving.size()) {
            return EditOutcome.refused("edit.refused.noSuchPage");
        }
        Set<Long> involved = new LinkedHashSet<>(List.of(targetDocumentId));
        found.forEach(p -> involved.add(p.documentId()));
        Optional<EditOutcome.Refused> refused = refuseUnusable(List.copyOf(involved));
        if (refused.isPresent()) {
            return refused.get();
        }
        List<Long> staying = pages.listForDocument(targetDocumentId).stream().map(Page::id)
                .filter(id -> !moving.contains(id)).toList();
        int position = at == null ? staying.size() + 1 : at;
        if (position < 1 || position > staying.size() + 1) {
            return EditOutcome.refused("edit.refused.moveAt", position, targetDocumentId, staying.size() + 1);
        }
        UserMessage summary = UserMessage.of("edit.done.move", moving.size(), targetDocumentId, position);
        return apply("page.move", targetDocumentId, summary, List.copyOf(involved), c -> {
            List<Long> order = new ArrayList<>(staying);
            order.addAll(position - 1, moving);
            edits.placePages(c, targetDocumentId, order);
            for (long source : involved) {
                if (source == targetDocumentId) {
                    continue;
                }
                List<Long> left = edits.pageIds(c, source);
                if (left.isEmpty()) {
                    absorb(c, source, targetDocumentId);
                } else {
                    edits.placePages(c, source, left);
                    edits.settleStatus(c, source);
                }
            }
            edits.settleStatus(c, targetDocumentId);
            return new Result(List.of(targetDocumentId), List.of(), List.of());
        });
    }

    /** Puts a document's pages in a new order (all of its pages, each once). */
    public EditOutcome reorder(long documentId, List<Long> pageOrder) {
        Optional<EditOutcome.Refused> refused = refuseUnusable(List.of(documentId));
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!samePages(pages.listForDocument(documentId).stream().map(Page::id).toList(), pageOrder)) {
            return EditOutcome.refused("edit.refused.pageOrder");
        }
        return apply("document.reorder", documentId, UserMessage.of("edit.done.reorder", documentId), List.of(documentId),
                c -> {
                    edits.placePages(c, documentId, List.copyOf(pageOrder));
                    return new Result(List.of(documentId), List.of(), List.of());
                });
    }

    /**
     * Turns a page a further 90, 180 or 270 degrees clockwise. The turn is stored with the page and wins over any
     * detected orientation in the viewer, the thumbnails and the binder; its word boxes turn with it.
     */
    public EditOutcome turn(long pageId, int clockwiseDegrees) {
        int degrees = Math.floorMod(clockwiseDegrees, 360);
        if (clockwiseDegrees % 90 != 0 || degrees == 0) {
            return EditOutcome.refused("edit.refused.turn", clockwiseDegrees);
        }
        Optional<Page> page = pages.find(pageId);
        if (page.isEmpty()) {
            return EditOutcome.refused("edit.refused.noSuchPage");
        }
        long documentId = page.get().documentId();
        Optional<EditOutcome.Refused> refused = refuseUnusable(List.of(documentId));
        if (refused.isPresent()) {
            return refused.get();
        }
        UserMessage summary = UserMessage.of("edit.done.turn", page.get().number(), documentId, degrees);
        return apply("page.turn", documentId, summary, List.of(documentId), "pages", List.of(pageId), c -> {
            edits.turn(c, pageId, degrees);
            return new Result(List.of(documentId), List.of(), List.of());
        });
    }

    /**
     * Moves pages to the case's trash: their text leaves the search index, the rest of the document closes up. A
     * document keeps at least one page (delete the document instead).
     */
    public EditOutcome removePages(List<Long> pageIds) {
        List<Long> removing = List.copyOf(new LinkedHashSet<>(pageIds));
        List<Page> found = removing.stream().map(pages::find).flatMap(Optional::stream).toList();
        if (removing.isEmpty() || found.size() != removing.size()) {
            return EditOutcome.refused("edit.refused.noSuchPage");
        }
        List<Long> involved = found.stream().map(Page::documentId).distinct().toList();
        Optional<EditOutcome.Refused> refused = refuseUnusable(involved);
        if (refused.isPresent()) {
            return refused.get();
        }
        for (long documentId : involved) {
            if (pages.listForDocument(documentId).stream().allMatch(p -> removing.contains(p.id()))) {
                return EditOutcome.refused("edit.refused.lastPage", documentId);
            }
        }
        long caseId = documents.find(involved.get(0)).orElseThrow().caseId();
        UserMessage summary = UserMessage.of("edit.done.remove", removing.size());
        return apply("page.remove", involved.get(0), summary, involved, c -> {
            List<Long> entries = new ArrayList<>();
            for (Page page : found) {
                Document document = documents.find(page.documentId()).orElseThrow();
                entries.add(trash.add(c, caseId, TrashEntry.Kind.PAGE, page.id(), page.documentId(), page.number(),
                        document.displayTitle(),
                        RowSnapshot.capture(c, "pages", List.of(page.id()))));
            }
            edits.deletePages(c, removing);
            for (long documentId : involved) {
                edits.settleStatus(c, documentId);
            }
            return new Result(involved, List.of(), entries);
        });
    }

    /** Moves a document, with its pages, text, tags and exhibit place, to the case's trash. */
    public EditOutcome deleteDocument(long documentId) {
        Optional<EditOutcome.Refused> refused = refuseUnusable(List.of(documentId));
        if (refused.isPresent()) {
            return refused.get();
        }
        Document document = documents.find(documentId).orElseThrow();
        UserMessage summary = UserMessage.of("edit.done.delete", documentId, document.displayTitle());
        return apply("document.delete", documentId, summary, List.of(documentId), c -> {
            long entry = trash.add(c, document.caseId(), TrashEntry.Kind.DOCUMENT, documentId, documentId, null,
                    document.displayTitle(), RowSnapshot.capture(c, "documents", List.of(documentId)));
            edits.deleteDocument(c, documentId);
            return new Result(List.of(), List.of(), List.of(entry));
        });
    }

    /** Takes back the session's last edit (of this service or of the trash, people and case services sharing its history). */
    public EditOutcome undo() {
        return Undo.apply(vault, trash, audit, history);
    }

    /** What {@link #undo()} would take back now, if anything. */
    public Optional<UserMessage> nextUndo() {
        return history.next();
    }

    private EditOutcome apply(String action, long entityId, UserMessage summary, List<Long> touched, Work work) {
        return apply(action, entityId, summary, touched, "documents", touched, work);
    }

    /**
     * Runs an edit in one transaction with its audit entry, and keeps for undo the rows of {@code snapshotIds} in
     * {@code snapshotRoot} (the touched documents; for a turn, only the page) as they were before.
     */
    private EditOutcome apply(String action, long entityId, UserMessage summary, List<Long> touched, String snapshotRoot,
                              List<Long> snapshotIds, Work work) {
        long caseId = documents.find(touched.get(0)).orElseThrow().caseId();
        record Applied(Result result, RowSnapshot before) {
        }
        Applied applied = vault.write(c -> {
            RowSnapshot before = RowSnapshot.capture(c, snapshotRoot, snapshotIds);
            Result result = work.apply(c);
            audit.record(action, "document", entityId, summary.key() + " " + summary.args());
            return new Applied(result, before);
        });
        Set<Long> live = new LinkedHashSet<>(snapshotIds);
        live.addAll(applied.result().created());
        history.push(new UndoStep(summary, caseId, applied.before(), live, applied.result().trashEntries()));
        return new EditOutcome.Done(summary, applied.result().documents());
    }

    /** Every document exists, they are of one case, and OCR is not reading any of them. */
    private Optional<EditOutcome.Refused> refuseUnusable(List<Long> ids) {
        Long caseId = null;
        for (long id : ids) {
            Optional<Document> document = documents.find(id);
            if (document.isEmpty()) {
                return Optional.of(EditOutcome.refused("edit.refused.noSuchDocument", id));
            }
            if (caseId != null && document.get().caseId() != caseId) {
                return Optional.of(EditOutcome.refused("edit.refused.otherCase", id));
            }
            caseId = document.get().caseId();
            if (beingRead.test(id)) {
                return Optional.of(EditOutcome.refused("edit.refused.ocrRunning", id));
            }
        }
        return Optional.empty();
    }

    private static boolean samePages(List<Long> all, List<Long> order) {
        return order.size() == all.size() && new LinkedHashSet<>(order).size() == order.size() && order.containsAll(all);
    }

    private static String join(List<Long> ids) {
        return String.join(", ", ids.stream().map(String::valueOf).toList());
    }
}
