package org.hardshipbinder.binder;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.hardshipbinder.vault.Jdbc;

/** The plan's rows in the vault (tables of schema 4). Every method runs inside the caller's transaction. */
final class BinderPlanStore {

    record SectionRow(long id, String code, int position) {
    }

    record ExhibitRow(long id, long sectionId, int position, Long documentId, String title, String statement,
                      boolean included) {
    }

    BinderSettings settings(Connection c, long caseId) throws SQLException {
        return Jdbc.queryOne(c, "SELECT * FROM binder_settings WHERE case_id = ?", rs -> new BinderSettings(
                        LabelScheme.valueOf(rs.getString("label_scheme")), rs.getString("bates_prefix"),
                        rs.getString("preparer"), intOrNull(rs, "max_mb")), caseId)
                .orElse(BinderSettings.defaults());
    }

    void saveSettings(Connection c, long caseId, BinderSettings s) throws SQLException {
        Jdbc.update(c, """
                INSERT INTO binder_settings(case_id, label_scheme, bates_prefix, preparer, max_mb) VALUES (?,?,?,?,?)
                ON CONFLICT(case_id) DO UPDATE SET label_scheme=excluded.label_scheme, bates_prefix=excluded.bates_prefix,
                    preparer=excluded.preparer, max_mb=excluded.max_mb""",
                caseId, s.labelScheme(), s.batesPrefix(), s.preparer(), s.maxMb());
    }

    List<SectionRow> sections(Connection c, long caseId) throws SQLException {
        return Jdbc.query(c, "SELECT id, code, position FROM binder_sections WHERE case_id = ? ORDER BY position, id",
                rs -> new SectionRow(rs.getLong(1), rs.getString(2), rs.getInt(3)), caseId);
    }

    List<ExhibitRow> exhibits(Connection c, long caseId) throws SQLException {
        return Jdbc.query(c, """
                SELECT e.* FROM binder_exhibits e JOIN binder_sections s ON s.id = e.section_id
                WHERE s.case_id = ? ORDER BY s.position, e.position, e.id""", BinderPlanStore::exhibit, caseId);
    }

    long insertSection(Connection c, long caseId, String code, int position) throws SQLException {
        return Jdbc.insert(c, "INSERT INTO binder_sections(case_id, code, position) VALUES (?,?,?)", caseId, code, position);
    }

    void moveSection(Connection c, long sectionId, int position) throws SQLException {
        Jdbc.update(c, "UPDATE binder_sections SET position = ? WHERE id = ?", position, sectionId);
    }

    long insertExhibit(Connection c, long sectionId, int position, Long documentId, String title, String statement)
            throws SQLException {
        return Jdbc.insert(c, """
                INSERT INTO binder_exhibits(section_id, position, document_id, title, statement, included)
                VALUES (?,?,?,?,?,1)""", sectionId, position, documentId, title, statement);
    }

    void moveExhibit(Connection c, long exhibitId, long sectionId, int position) throws SQLException {
        Jdbc.update(c, "UPDATE binder_exhibits SET section_id = ?, position = ? WHERE id = ?", sectionId, position, exhibitId);
    }

    void setIncluded(Connection c, long exhibitId, boolean included) throws SQLException {
        Jdbc.update(c, "UPDATE binder_exhibits SET included = ? WHERE id = ?", included, exhibitId);
    }

    void setTitle(Connection c, long exhibitId, String title) throws SQLException {
        Jdbc.update(c, "UPDATE binder_exhibits SET title = ? WHERE id = ?", title, exhibitId);
    }

    void deleteExhibit(Connection c, long exhibitId) throws SQLException {
        Jdbc.update(c, "DELETE FROM binder_exhibits WHERE id = ?", exhibitId);
    }

    private static ExhibitRow exhibit(ResultSet rs) throws SQLException {
        return new ExhibitRow(rs.getLong("id"), rs.getLong("section_id"), rs.getInt("position"),
                Jdbc.longOrNull(rs, "document_id"), rs.getString("title"), rs.getString("statement"),
                rs.getInt("included") != 0);
    }

    private static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
