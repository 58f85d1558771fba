package org.hardshipbinder.editing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hardshipbinder.model.TrashEntry;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.vault.AuditLog;
import org.hardshipbinder.vault.DocumentEdits;
import org.hardshipbinder.vault.RowSnapshot;
import org.hardshipbinder.vault.TrashRepository;
import org.hardshipbinder.vault.Vault;

/**
 * The case's trash: what was deleted, put back on request, or dropped for good when the trash is emptied — and with
 * it the originals no page uses any more, whose bytes are then freed (the vault file is compacted afterwards).
 * Both end the session's undo history (see {@link EditHistory#clear()}).
 */
public final class TrashService {

    /** What emptying freed: entries dropped, originals deleted with their bytes, and the vault file before and after. */
    public record Emptied(int entries, int originals, long originalBytes, long fileBytesBefore, long fileBytesAfter) {
    }

    private final Vault vault;
    private final TrashRepository trash;
    private final DocumentEdits edits;
    private final AuditLog audit;
    private final EditHistory history;

    public TrashService(Vault vault, TrashRepository trash, DocumentEdits edits, AuditLog audit, EditHistory history) {
        this.vault = vault;
        this.trash = trash;
        this.edits = edits;
        this.audit = audit;
        this.history = history;
    }

    /** The case's trash, newest first. */
    public List<TrashEntry> list(long caseId) {
        return trash.list(caseId);
    }

    /**
     * Puts an entry back: a document with its pages, text, tags and exhibit place; a page into its document at its
     * old position (or at the end); a person with their tags and links. Refused when a page's document is gone.
     */
    public EditOutcome restore(long entryId) {
        Optional<TrashEntry> found = trash.find(entryId);
        if (found.isEmpty()) {
            return EditOutcome.refused("trash.refused.noSuchEntry", entryId);
        }
        TrashEntry entry = found.get();
        if (entry.kind() == TrashEntry.Kind.PAGE && !vault.read(c -> edits.documentExists(c, entry.documentId()))) {
            return EditOutcome.refused("trash.refused.documentGone", entry.label());
        }
        List<Long> linkedDocuments = new ArrayList<>();
        List<Long> restored = vault.write(c -> {
            RowSnapshot snapshot = trash.snapshot(c, entryId);
            linkedDocuments.addAll(snapshot.distinctValues("document_id"));
            List<Long> back = entry.kind() == TrashEntry.Kind.PAGE ? restorePage(c, entry, snapshot) : snapshot.restore(c);
            trash.delete(c, List.of(entryId));
            audit.record("trash.restore", entry.kind().name().toLowerCase(java.util.Locale.ROOT),
                    back.isEmpty() ? null : back.get(0), entry.label());
            return back;
        });
        history.clear();
        // The documents the window should show again: a restored person is back on the documents they were linked to.
        List<Long> documents = switch (entry.kind()) {
            case DOCUMENT -> restored;
            case PAGE -> List.of(entry.documentId());
            case PERSON -> List.copyOf(linkedDocuments);
        };
        return new EditOutcome.Done(UserMessage.of("trash.done.restore", entry.label()), documents);
    }

    private List<Long> restorePage(Connection c, TrashEntry entry, RowSnapshot snapshot) throws SQLException {
        long documentId = entry.documentId();
        List<Long> order = new ArrayList<>(edits.pageIds(c, documentId));
        int free = order.size() + 1;
        List<Long> back = snapshot.withRows("pages", row -> {
            row.put("document_id", documentId);
            row.put("number", free);
            return row;
        }).restore(c);
        int at = Math.min(Math.max(entry.pageNumber() == null ? free : entry.pageNumber(), 1), free);
        order.addAll(at - 1, back);
        edits.placePages(c, documentId, order);
        edits.settleStatus(c, documentId);
        return back;
    }

    /** Empties the case's trash for good, then frees the space of the originals no page uses any more. */
    public Emptied empty(long caseId) {
        long before = fileSize();
        TrashRepository.Emptied emptied = vault.write(c -> {
            TrashRepository.Emptied e = trash.empty(c, caseId);
            audit.record("trash.empty", "case", caseId, e.entries() + " entries, " + e.originals() + " originals");
            return e;
        });
        history.clear();
        if (emptied.originals() > 0 || emptied.entries() > 0) {
            vault.compact();
        }
        return new Emptied(emptied.entries(), emptied.originals(), emptied.originalBytes(), before, fileSize());
    }

    private long fileSize() {
        try {
            return java.nio.file.Files.size(vault.file());
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    /** Counts by kind, for a summary line. */
    public Map<TrashEntry.Kind, Long> counts(long caseId) {
        return list(caseId).stream().collect(java.util.stream.Collectors.groupingBy(TrashEntry::kind,
                java.util.stream.Collectors.counting()));
    }
}
