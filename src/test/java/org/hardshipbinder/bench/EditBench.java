package org.hardshipbinder.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Random;
import org.hardshipbinder.editing.SplitTags;
import org.hardshipbinder.model.Page;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.vault.Migrator;
import org.hardshipbinder.wiring.Services;

/**
 * Two costs of documents made of page references: migrating an older vault (its original bytes are copied once, into
 * chunks keyed by original) and the time of one edit with its undo snapshot, on documents of many pages with text.
 * Options: -Dbench.originals=N (1 MiB each, default 100), -Dbench.pages=N per document (default 100).
 */
public final class EditBench {

    private static final int SCHEMA_BEFORE_ORIGINALS = 6;

    private EditBench() {
    }

    public static void main(String[] args) throws Exception {
        int originals = Integer.getInteger("bench.originals", 100);
        int pagesPerDocument = Integer.getInteger("bench.pages", 100);
        Path dir = Files.createTempDirectory("edit-bench");
        Path vault = Files.createDirectories(dir.resolve("vault"));
        byte[] chunk = new byte[1 << 20];
        new Random(1).nextBytes(chunk);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + vault.resolve("vault.sqlite"))) {
            try (var st = c.createStatement()) {
                st.execute("PRAGMA page_size = 65536");
                st.execute("PRAGMA journal_mode = WAL");
            }
            c.setAutoCommit(false);
            Migrator.migrate(c, SCHEMA_BEFORE_ORIGINALS, vault);
            c.createStatement().execute("INSERT INTO cases(id, kind, applicant, created_at) VALUES (1, 'I_601A', 'Bench', '2026-01-01T00:00:00Z')");
            try (PreparedStatement doc = c.prepareStatement("""
                    INSERT INTO documents(id, case_id, file_name, media_type, page_count, size_bytes, sha256, status, imported_at)
                    VALUES (?, 1, ?, 'PDF', ?, ?, ?, 'OCR_DONE', '2026-01-01T00:00:00Z')""");
                 PreparedStatement data = c.prepareStatement("INSERT INTO original_chunks(document_id, seq, data) VALUES (?, 0, ?)");
                 PreparedStatement page = c.prepareStatement("""
                         INSERT INTO pages(document_id, number, width_pt, height_pt, status) VALUES (?, ?, 612, 792, 'DONE')""");
                 PreparedStatement text = c.prepareStatement("""
                         INSERT INTO page_text(page_id, text, origin, words) VALUES (last_insert_rowid(), ?, 'OCR', ?)""")) {
                for (int d = 1; d <= originals; d++) {
                    chunk[0] = (byte) d;
                    doc.setLong(1, d);
                    doc.setString(2, "doc" + d + ".pdf");
                    doc.setInt(3, pagesPerDocument);
                    doc.setLong(4, chunk.length);
                    doc.setString(5, "sha" + d);
                    doc.executeUpdate();
                    data.setLong(1, d);
                    data.setBytes(2, chunk);
                    data.executeUpdate();
                    for (int p = 1; p <= pagesPerDocument; p++) {
                        page.setLong(1, d);
                        page.setInt(2, p);
                        page.executeUpdate();
                        text.setString(1, "page " + p + " of document " + d + " with some words of text on it ".repeat(20));
                        text.setString(2, "[" + "{\"text\":\"word\",\"x\":0.1,\"y\":0.2,\"width\":0.1,\"height\":0.02,\"confidence\":90},".repeat(250)
                                + "{\"text\":\"end\",\"x\":0.1,\"y\":0.2,\"width\":0.1,\"height\":0.02,\"confidence\":90}]");
                        text.executeUpdate();
                    }
                }
            }
            c.commit();
        }
        long size = Files.size(vault.resolve("vault.sqlite"));
        long start = System.nanoTime();
        try (Services s = Services.open(vault, AccessMode.READ_WRITE)) {
            double migrate = (System.nanoTime() - start) / 1e9;
            System.out.printf("migration: %d originals (%d MiB), %d pages, vault %d MiB: %.1f s%n", originals, originals,
                    originals * pagesPerDocument, size >> 20, migrate);
            List<Page> pages = s.pages().listForDocument(1);
            time("split 1 document of " + pagesPerDocument + " pages at its middle",
                    () -> s.pageEdits().split(1, List.of(pagesPerDocument / 2 + 1), SplitTags.COPY_TO_EACH));
            time("undo the split", () -> s.pageEdits().undo());
            time("merge 2 documents of " + pagesPerDocument + " pages", () -> s.pageEdits().merge(List.of(1L, 2L)));
            time("undo the merge", () -> s.pageEdits().undo());
            time("turn 1 page (250 word boxes)", () -> s.pageEdits().turn(pages.get(0).id(), 90));
            time("delete a document to the trash", () -> s.pageEdits().deleteDocument(3));
            time("empty the trash (1 original, compacting the vault)", () -> s.trash().empty(1));
        }
    }

    private static void time(String what, Runnable edit) {
        long start = System.nanoTime();
        edit.run();
        System.out.printf("%s: %d ms%n", what, (System.nanoTime() - start) / 1_000_000);
    }
}
