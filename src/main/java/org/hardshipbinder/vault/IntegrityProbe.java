package org.hardshipbinder.vault;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** One thing {@code verify} checks about the vault. Features add probes for what they store. */
public interface IntegrityProbe {

    /** A problem found, with the document it concerns when there is one. */
    record Problem(String probe, Long documentId, String message) {
    }

    String name();

    List<Problem> run(Connection connection, Vault vault) throws SQLException;
}
