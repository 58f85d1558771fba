package org.hardshipbinder.factors;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Set;
import org.hardshipbinder.model.TagOrigin;
import org.hardshipbinder.vault.AuditLog;
import org.hardshipbinder.vault.Jdbc;
import org.hardshipbinder.vault.Vault;

/** The people a document concerns and the particularly significant circumstances it shows. */
public final class DocumentFactsRepository {

    private final Vault vault;
    private final AuditLog audit;

    public DocumentFactsRepository(Vault vault, AuditLog audit) {
        this.vault = vault;
        this.audit = audit;
    }

    public void addPerson(long documentId, long personId, TagOrigin origin) {
        vault.write(c -> {
            Jdbc.update(c, "INSERT OR IGNORE INTO document_people(document_id, person_id, origin) VALUES (?,?,?)",
                    documentId, personId, origin);
            audit.record("document.person", "document", documentId, "person " + personId);
            return null;
        });
    }

    public List<Long> people(long documentId) {
        return vault.read(c -> Jdbc.query(c, "SELECT person_id FROM document_people WHERE document_id = ? ORDER BY person_id",
                rs -> rs.getLong(1), documentId));
    }

    public void addCircumstance(long documentId, String circumstance, TagOrigin origin) {
        vault.write(c -> {
            Jdbc.update(c, "INSERT OR IGNORE INTO document_circumstances(document_id, circumstance, origin) VALUES (?,?,?)",
                    documentId, circumstance, origin);
            audit.record("document.circumstance", "document", documentId, circumstance);
            return null;
        });
    }

    /** Per document of a case, the circumstances it shows. */
    public Map<Long, Set<String>> circumstancesForCase(long caseId) {
        return groupedByDocument("""
                SELECT dc.document_id, dc.circumstance FROM document_circumstances dc
                JOIN documents d ON d.id = dc.document_id WHERE d.case_id = ?""", rs -> rs.getString(2), caseId);
    }

    /** Per document of a case, the people it concerns. */
    public Map<Long, Set<Long>> peopleForCase(long caseId) {
        return groupedByDocument("""
                SELECT dp.document_id, dp.person_id FROM document_people dp
                JOIN documents d ON d.id = dp.document_id WHERE d.case_id = ?""", rs -> rs.getLong(2), caseId);
    }

    /** Rows of (document id, value) gathered into a sorted set of values per document. */
    private <T> Map<Long, Set<T>> groupedByDocument(String sql, Jdbc.RowMapper<T> value, long caseId) {
        Map<Long, Set<T>> result = new TreeMap<>();
        vault.read(c -> Jdbc.query(c, sql, rs -> {
            result.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(value.map(rs));
            return null;
        }, caseId));
        return result;
    }
}
