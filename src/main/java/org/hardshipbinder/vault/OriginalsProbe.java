package org.hardshipbinder.vault;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Re-hashes every stored original and compares it with the SHA-256 taken at import. */
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
        List<Stored> documents = Jdbc.query(c, "SELECT id, file_name, sha256 FROM documents ORDER BY id",
                rs -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3)));
        List<Problem> problems = new ArrayList<>();
        for (Stored doc : documents) {
            String actual = originals.sha256(doc.id()).orElse(null);
            if (actual == null) {
                problems.add(new Problem(name(), doc.id(), "document " + doc.id() + " (" + doc.fileName() + "): original is missing"));
            } else if (!actual.equals(doc.sha256())) {
                problems.add(new Problem(name(), doc.id(), "document " + doc.id() + " (" + doc.fileName()
                        + "): original is damaged (checksum differs)"));
            }
        }
        return problems;
    }
}
