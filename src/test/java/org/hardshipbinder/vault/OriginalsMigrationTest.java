package org.hardshipbinder.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.Original;
import org.hardshipbinder.model.Page;
import org.hardshipbinder.model.PageText;
import org.hardshipbinder.model.Word;
import org.hardshipbinder.search.SearchQuery;
import org.hardshipbinder.wiring.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A vault written before documents were made of page references (schema 6, filled through plain SQL as that version
 * wrote it) opens with the same document and page ids: text, word boxes, search, tags, the binder plan and the
 * originals' checksums all carry over, and verify passes.
 */
class OriginalsMigrationTest {

    private static final int BEFORE_PAGE_REFERENCES = 6;

    @TempDir
    Path dir;

    @Test
    void anOlderVaultMovesOverWithTheSameIds() throws Exception {
        byte[] bytes = new byte[OriginalStore.CHUNK_SIZE + 1234];
        new Random(7).nextBytes(bytes);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        byte[] photo = "a small photo".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String photoSha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo));
        Path vaultDir = Files.createDirectories(dir.resolve("vault"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + vaultDir.resolve(VaultLocation.FILE_NAME))) {
            c.setAutoCommit(false);
            Migrator.migrate(c, BEFORE_PAGE_REFERENCES, vaultDir);
            try (var st = c.createStatement()) {
                st.execute("INSERT INTO cases(id, kind, applicant, created_at) VALUES (3, 'I_601A', 'Rosa Fictional', '2026-01-01T00:00:00Z')");
                st.execute("INSERT INTO people(id, case_id, name, role) VALUES (4, 3, 'Tomas Fictional', 'QR')");
                st.execute("""
                        INSERT INTO documents(id, case_id, file_name, media_type, page_count, size_bytes, sha256, status,
                                              imported_at, open_password, title, language, language_confirmed)
                        VALUES (12, 3, 'letter.pdf', 'PDF', 2, %d, '%s', 'OCR_DONE', '2026-01-02T00:00:00Z', 'pw',
                                'Doctor letter', 'en', 1)""".formatted(bytes.length, sha));
                st.execute("""
                        INSERT INTO documents(id, case_id, file_name, media_type, page_count, size_bytes, sha256, status,
                                              imported_at, translation_of)
                        VALUES (15, 3, 'carta.jpg', 'JPEG', 1, %d, '%s', 'IMPORTED', '2026-01-03T00:00:00Z', 12)"""
                        .formatted(photo.length, photoSha));
                st.execute("INSERT INTO pages(id, document_id, number, width_pt, height_pt, rotation, status) VALUES (40, 12, 1, 612, 792, 0, 'DONE')");
                st.execute("INSERT INTO pages(id, document_id, number, width_pt, height_pt, rotation, status) VALUES (41, 12, 2, 612, 792, 90, 'DONE')");
                st.execute("INSERT INTO pages(id, document_id, number, width_pt, height_pt, rotation, status) VALUES (44, 15, 1, 300, 400, 0, 'QUEUED')");
                st.execute("""
                        INSERT INTO page_text(page_id, text, origin, language, confidence, words)
                        VALUES (41, 'chronic asthma treatment', 'OCR', 'en', 91.5,
                                '[{"text":"chronic","x":0.1,"y":0.2,"width":0.3,"height":0.05,"confidence":90.0}]')""");
                st.execute("INSERT INTO tags(document_id, factor, person_id, scenario, origin, created_at) VALUES (12, 'medical', 4, 'BOTH', 'USER', '2026-01-04T00:00:00Z')");
                st.execute("INSERT INTO binder_sections(id, case_id, code, position) VALUES (1, 3, 'medical', 1)");
                st.execute("INSERT INTO binder_exhibits(section_id, position, document_id) VALUES (1, 1, 12)");
            }
            try (var ps = c.prepareStatement("INSERT INTO original_chunks(document_id, seq, data) VALUES (12, ?, ?)")) {
                ps.setInt(1, 0);
                ps.setBytes(2, java.util.Arrays.copyOf(bytes, OriginalStore.CHUNK_SIZE));
                ps.executeUpdate();
                ps.setInt(1, 1);
                ps.setBytes(2, java.util.Arrays.copyOfRange(bytes, OriginalStore.CHUNK_SIZE, bytes.length));
                ps.executeUpdate();
            }
            try (var ps = c.prepareStatement("INSERT INTO original_chunks(document_id, seq, data) VALUES (15, 0, ?)")) {
                ps.setBytes(1, photo);
                ps.executeUpdate();
            }
            c.commit();
        }

        try (Services s = Services.open(vaultDir, AccessMode.READ_WRITE)) {
            Document letter = s.documents().find(12).orElseThrow();
            assertThat(letter.fileName()).isEqualTo("letter.pdf");
            assertThat(letter.pageCount()).isEqualTo(2);
            assertThat(letter.sizeBytes()).isEqualTo(bytes.length);
            assertThat(letter.sha256()).isEqualTo(sha);
            assertThat(letter.metadata().title()).isEqualTo("Doctor letter");
            assertThat(s.documents().find(15).orElseThrow().metadata().translationOf()).isEqualTo(12L);

            List<Page> pages = s.pages().listForDocument(12);
            assertThat(pages).extracting(Page::id).containsExactly(40L, 41L);
            assertThat(pages).extracting(Page::originalId).containsOnly(12L);
            assertThat(pages).extracting(Page::originalPage).containsExactly(1, 2);
            assertThat(pages.get(1).uprightRotation()).isEqualTo(90);
            assertThat(pages.get(1).turn()).isNull();

            Original original = s.originalFiles().find(12).orElseThrow();
            assertThat(original.fileName()).isEqualTo("letter.pdf");
            assertThat(s.originalFiles().openPassword(12)).contains("pw");
            assertThat(s.originals().sha256(12)).contains(sha);
            assertThat(s.originalFiles().findBySha256(3, sha)).map(Original::id).contains(12L);

            PageText text = s.pageTexts().find(41).orElseThrow();
            assertThat(text.words()).extracting(Word::text).containsExactly("chronic");
            assertThat(s.search().search(SearchQuery.of("asthma"))).singleElement()
                    .satisfies(hit -> {
                        assertThat(hit.pageId()).isEqualTo(41L);
                        assertThat(hit.documentId()).isEqualTo(12L);
                        assertThat(hit.fileName()).isEqualTo("letter.pdf");
                    });
            assertThat(s.tags().forDocument(12)).hasSize(1);
            assertThat(s.verifier().verify()).isEmpty();
        }
    }
}
