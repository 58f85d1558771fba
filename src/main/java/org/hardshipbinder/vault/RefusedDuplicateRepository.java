package org.hardshipbinder.vault;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.hardshipbinder.model.RefusedDuplicate;

/** The files an import refused as byte-identical copies of a document already in the case. */
public final class RefusedDuplicateRepository {

    private final Vault vault;
    private final Clock clock;

    public RefusedDuplicateRepository(Vault vault, Clock clock) {
        this.vault = vault;
        this.clock = clock;
    }

    /** Remembers the refusal; the same file refused again for the same document is kept once, with the latest time. */
    public void record(long caseId, String fileName, long documentId) {
        vault.write(c -> Jdbc.update(c, """
                INSERT INTO refused_duplicates(case_id, file_name, document_id, refused_at) VALUES (?,?,?,?)
                ON CONFLICT DO UPDATE SET refused_at = excluded.refused_at""",
                caseId, fileName, documentId, Instant.now(clock).toString()));
    }

    public List<RefusedDuplicate> forCase(long caseId) {
        return vault.read(c -> Jdbc.query(c, """
                SELECT case_id, file_name, document_id, refused_at FROM refused_duplicates
                WHERE case_id = ? ORDER BY id""",
                rs -> new RefusedDuplicate(rs.getLong(1), rs.getString(2), rs.getLong(3), Instant.parse(rs.getString(4))),
                caseId));
    }
}
