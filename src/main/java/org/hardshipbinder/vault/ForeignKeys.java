package org.hardshipbinder.vault;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The schema's references, read from SQLite itself ({@code PRAGMA foreign_key_list}), so that snapshots and copies
 * follow every table that points at a document, page or person, including tables added by later migrations.
 */
final class ForeignKeys {

    /** Column {@code column} of {@code table} points at the primary key of {@code parent}; what a parent's delete does. */
    record Reference(String table, String column, String parent, String onDelete) {

        boolean setsNull() {
            return "SET NULL".equalsIgnoreCase(onDelete);
        }
    }

    private ForeignKeys() {
    }

    static List<Reference> all(Connection c) throws SQLException {
        List<String> tables = Jdbc.query(c, """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name""", rs -> rs.getString(1));
        List<Reference> references = new ArrayList<>();
        for (String table : tables) {
            references.addAll(Jdbc.query(c, "SELECT \"table\", \"from\", on_delete FROM pragma_foreign_key_list(?)",
                    rs -> new Reference(table, rs.getString(2), rs.getString(1).toLowerCase(Locale.ROOT), rs.getString(3)),
                    table));
        }
        return references;
    }

    /** The references that point at {@code parent}. */
    static List<Reference> to(Connection c, String parent) throws SQLException {
        return all(c).stream().filter(r -> r.parent().equals(parent)).toList();
    }

    static boolean hasIdColumn(Connection c, String table) throws SQLException {
        return Jdbc.count(c, "SELECT count(*) FROM pragma_table_info(?) WHERE name = 'id' AND pk = 1", table) > 0;
    }

    static List<String> columns(Connection c, String table) throws SQLException {
        return Jdbc.query(c, "SELECT name FROM pragma_table_info(?) ORDER BY cid", rs -> rs.getString(1), table);
    }
}
