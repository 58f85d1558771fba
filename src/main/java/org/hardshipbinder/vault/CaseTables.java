package org.hardshipbinder.vault;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every table that holds part of a case, in the order a case is copied (a table after the tables it refers to), with
 * how its rows of one case are selected and which of its columns hold ids of other copied rows. Tables not copied
 * are named in {@link #NOT_COPIED} with the reason; a test fails when the schema has a table in neither list.
 */
public final class CaseTables {

    /**
     * One copied table. {@code newId}: the column that gets a fresh id on import (null: none). {@code references}:
     * column → the copied table whose ids it holds. {@code select} takes the case id as parameter 1.
     */
    public record Table(String name, String select, String newId, Map<String, String> references) {
    }

    private static final String CASE_DOCUMENTS = "SELECT id FROM documents WHERE case_id = ?1";
    private static final String CASE_PAGES = "SELECT p.id FROM pages p JOIN documents d ON d.id = p.document_id WHERE d.case_id = ?1";
    /** The case's originals that a page or a document still uses (one only the trash holds stays behind). */
    private static final String CASE_ORIGINALS = "SELECT id FROM originals WHERE case_id = ?1 AND (id IN (SELECT p.original_id FROM "
            + "pages p JOIN documents d ON d.id = p.document_id WHERE d.case_id = ?1) OR id IN (SELECT imported_from FROM "
            + "documents WHERE case_id = ?1))";

    public static final List<Table> COPIED = List.of(
            new Table("cases", "SELECT * FROM cases WHERE id = ?1", "id", Map.of()),
            new Table("people", byCase("people"), "id", Map.of("case_id", "cases")),
            new Table("originals", "SELECT * FROM originals WHERE id IN (" + CASE_ORIGINALS + ") ORDER BY id", "id",
                    Map.of("case_id", "cases")),
            new Table("original_chunks", "SELECT * FROM original_chunks WHERE original_id IN (" + CASE_ORIGINALS
                    + ") ORDER BY original_id, seq", null, Map.of("original_id", "originals")),
            new Table("documents", byCase("documents"), "id", Map.of("case_id", "cases", "imported_from", "originals",
                    "translation_of", "documents")),
            new Table("pages", "SELECT * FROM pages WHERE document_id IN (" + CASE_DOCUMENTS + ") ORDER BY id", "id",
                    Map.of("document_id", "documents", "original_id", "originals")),
            new Table("page_text", "SELECT * FROM page_text WHERE page_id IN (" + CASE_PAGES + ") ORDER BY page_id", null,
                    Map.of("page_id", "pages")),
            new Table("page_images", "SELECT * FROM page_images WHERE page_id IN (" + CASE_PAGES + ") ORDER BY page_id",
                    null, Map.of("page_id", "pages")),
            new Table("tags", byDocument("tags", "id"), "id", Map.of("document_id", "documents", "person_id", "people")),
            new Table("case_factors", byCase("case_factors"), "id", Map.of("case_id", "cases")),
            new Table("claimed_factors", byCase("claimed_factors"), "id", Map.of("case_id", "cases", "person_id", "people")),
            new Table("document_people", byDocument("document_people", "document_id, person_id"), null,
                    Map.of("document_id", "documents", "person_id", "people")),
            new Table("document_circumstances", byDocument("document_circumstances", "document_id, circumstance"), null,
                    Map.of("document_id", "documents")),
            new Table("suggestion_decisions", byDocument("suggestion_decisions", "id"), "id",
                    Map.of("document_id", "documents", "person_id", "people")),
            new Table("binder_settings", "SELECT * FROM binder_settings WHERE case_id = ?1", null, Map.of("case_id", "cases")),
            new Table("binder_sections", byCase("binder_sections"), "id", Map.of("case_id", "cases")),
            new Table("binder_exhibits", "SELECT * FROM binder_exhibits WHERE section_id IN (SELECT id FROM binder_sections "
                    + "WHERE case_id = ?1) ORDER BY id", "id", Map.of("section_id", "binder_sections", "document_id", "documents")),
            new Table("dismissed_findings", byCase("dismissed_findings"), "id", Map.of("case_id", "cases")),
            new Table("grouping_decisions", byCase("grouping_decisions"), "id", Map.of("case_id", "cases")),
            new Table("refused_duplicates", byCase("refused_duplicates"), "id",
                    Map.of("case_id", "cases", "document_id", "documents")));

    /**
     * Tables of the schema that are not copied, and why: the audit log is the vault's own history (the import adds an
     * entry of its own); the search index is rebuilt from the page text as it is inserted; the trash is what the user
     * threw away, which does not travel with the case.
     */
    public static final Map<String, String> NOT_COPIED = Map.of(
            "audit_log", "the vault's own history",
            "page_text_fts", "rebuilt from page_text by its triggers",
            "trash", "what the user deleted does not travel",
            "sqlite_sequence", "SQLite's own counters");

    /** The search index's own tables (page_text_fts_data, …), which follow page_text_fts. */
    public static final Set<String> INDEX_SHADOW_TABLES = Set.of("page_text_fts_data", "page_text_fts_idx",
            "page_text_fts_docsize", "page_text_fts_config", "page_text_fts_content");

    private CaseTables() {
    }

    public static Optional<Table> copied(String name) {
        return COPIED.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    private static String byCase(String table) {
        return "SELECT * FROM " + table + " WHERE case_id = ?1 ORDER BY id";
    }

    private static String byDocument(String table, String order) {
        return "SELECT * FROM " + table + " WHERE document_id IN (" + CASE_DOCUMENTS + ") ORDER BY " + order;
    }
}
