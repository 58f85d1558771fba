package org.hardshipbinder.vault;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Re-hashes every stored original (once, however many documents show its pages) and compares it with the SHA-256 taken at import. */
final class OriginalsProbe implements IntegrityProbe {

    private final OriginalStore originals;

    OriginalsProbe(OriginalStore originals) {
        this.originals = originals;
    }

    @Override
    public String name() {
        return "originals";
    }

    @Override
    public List<Problem> run(Connection c, Vault vault) throws SQLException {
        record Stored(long id, String fileName, String sha256) {
        }
        List<Stored> stored = Jdbc.query(c, "SELECT id, file_name, sha256 FROM originals ORDER BY id",
                rs -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3)));
        List<Problem> problems = new ArrayList<>();
        for (Stored doc : stored) {
            String actual = originals.sha256(doc.id()).orElse(null);
            if (actual == null) {
                problems.add(new Problem(name(), doc.id(), where(c, doc.id(), doc.fileName()) + ": original is missing"));
            } else if (!actual.equals(doc.sha256())) {
                problems.add(new Problem(name(), doc.id(), where(c, doc.id(), doc.fileName())
                        + ": original is damaged (checksum differs)"));
            }
        }
        return problems;
    }

    /** Names the documents that show the original's pages, as the user knows them; or the original itself. */
    private static String where(Connection c, long originalId, String fileName) throws SQLException {
        List<Long> documents = Jdbc.query(c, """
                SELECT document_id FROM pages WHERE original_id = ? UNION SELECT id FROM documents WHERE imported_from = ?
                ORDER BY 1""", rs -> rs.getLong(1), originalId, originalId);
        if (documents.isEmpty()) {
            return "original " + originalId + " (" + fileName + ", in the trash)";
        }
        return (documents.size() == 1 ? "document " : "documents ")
                + String.join(", ", documents.stream().map(String::valueOf).toList()) + " (" + fileName + ")";
    }
}
