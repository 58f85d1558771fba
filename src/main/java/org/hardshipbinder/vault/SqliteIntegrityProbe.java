package org.hardshipbinder.vault;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** SQLite's own {@code PRAGMA integrity_check} and foreign-key check. */
final class SqliteIntegrityProbe implements IntegrityProbe {

    @Override
    public String name() {
        return "integrity";
    }

    @Override
    public List<Problem> run(Connection c, Vault vault) throws SQLException {
        List<Problem> problems = new java.util.ArrayList<>(Jdbc.query(c, "PRAGMA integrity_check", rs -> rs.getString(1)).stream()
                .filter(line -> !"ok".equals(line))
                .map(line -> new Problem(name(), null, line))
                .toList());
        problems.addAll(Jdbc.query(c, "PRAGMA foreign_key_check",
                rs -> new Problem(name(), null, "broken reference in " + rs.getString(1) + " row " + rs.getLong(2))));
        return problems;
    }
}
