package org.hardshipbinder.vault;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The schema version is the app's, and the foundation tables exist. */
final class SchemaProbe implements IntegrityProbe {

    private static final List<String> TABLES = List.of("cases", "people", "documents", "originals", "original_chunks", "pages", "audit_log");

    @Override
    public String name() {
        return "schema";
    }

    @Override
    public List<Problem> run(Connection c, Vault vault) throws SQLException {
        List<Problem> problems = new ArrayList<>();
        int version = Migrator.currentVersion(c);
        if (version != Migrator.latestVersion()) {
            problems.add(new Problem(name(), null, "schema version " + version + ", expected " + Migrator.latestVersion()));
        }
        for (String table : TABLES) {
            if (Jdbc.count(c, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?", table) == 0) {
                problems.add(new Problem(name(), null, "table " + table + " is missing"));
            }
        }
        return problems;
    }
}
