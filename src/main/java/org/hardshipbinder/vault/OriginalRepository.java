package org.hardshipbinder.vault;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hardshipbinder.model.MediaType;
import org.hardshipbinder.model.NewDocument;
import org.hardshipbinder.model.Original;

/** The originals of a case: what was imported, once each. Their bytes are in {@link OriginalStore}. */
public final class OriginalRepository {

    private final Vault vault;

    public OriginalRepository(Vault vault) {
        this.vault = vault;
    }

    static long insert(Connection c, NewDocument file, int pageCount, Instant at) throws SQLException {
        return Jdbc.insert(c, """
                INSERT INTO originals(case_id, file_name, media_type, page_count, size_bytes, sha256, imported_at, open_password)
                VALUES (?,?,?,?,?,?,?,?)""", file.caseId(), file.fileName(), file.mediaType(), pageCount, file.sizeBytes(),
                file.sha256(), at.toString(), file.openPassword());
    }

    public Optional<Original> find(long id) {
        return vault.read(c -> Jdbc.queryOne(c, "SELECT * FROM originals WHERE id = ?", OriginalRepository::map, id));
    }

    public List<Original> listForCase(long caseId) {
        return vault.read(c -> Jdbc.query(c, "SELECT * FROM originals WHERE case_id = ? ORDER BY id",
                OriginalRepository::map, caseId));
    }

    /** The case's original with these bytes, if it was imported before (whatever documents its pages are in now). */
    public Optional<Original> findBySha256(long caseId, String sha256) {
        return vault.read(c -> Jdbc.queryOne(c, "SELECT * FROM originals WHERE case_id = ? AND sha256 = ?",
                OriginalRepository::map, caseId, sha256));
    }

    /** The documents that show at least one page of this original, in id order. */
    public List<Long> documentsUsing(long originalId) {
        return vault.read(c -> Jdbc.query(c,
                "SELECT DISTINCT document_id FROM pages WHERE original_id = ? ORDER BY document_id",
                rs -> rs.getLong(1), originalId));
    }

    /** The user password a protected PDF was imported with, if any; needed to read it again. */
    public Optional<String> openPassword(long originalId) {
        return vault.read(c -> Jdbc.queryOne(c, "SELECT open_password FROM originals WHERE id = ?",
                rs -> rs.getString(1), originalId));
    }

    static Original map(ResultSet rs) throws SQLException {
        return new Original(rs.getLong("id"), rs.getLong("case_id"), rs.getString("file_name"),
                MediaType.valueOf(rs.getString("media_type")), rs.getInt("page_count"), rs.getLong("size_bytes"),
                rs.getString("sha256"), Instant.parse(rs.getString("imported_at")));
    }
}
