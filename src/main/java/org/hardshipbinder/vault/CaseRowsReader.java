package org.hardshipbinder.vault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads every row of one case, table by table in {@link CaseTables#COPIED} order, from one snapshot of the vault. */
public final class CaseRowsReader {

    private final Vault vault;

    public CaseRowsReader(Vault vault) {
        this.vault = vault;
    }

    /** Whether the case exists. */
    public boolean exists(long caseId) {
        return vault.read(c -> Jdbc.count(c, "SELECT count(*) FROM cases WHERE id = ?", caseId) > 0);
    }

    /** Hands every row of the case to {@code sink}; all of it is read in one transaction, so it is one moment's state. */
    public void copy(long caseId, CaseRowSink sink) throws IOException {
        try {
            vault.read(c -> {
                boolean own = c.getAutoCommit();
                if (own) {
                    execute(c, "BEGIN");
                }
                try {
                    for (CaseTables.Table table : CaseTables.COPIED) {
                        copyTable(c, table, caseId, sink);
                    }
                } finally {
                    if (own) {
                        execute(c, "COMMIT");
                    }
                }
                return null;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void copyTable(Connection c, CaseTables.Table table, long caseId, CaseRowSink sink) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(table.select())) {
            ps.setLong(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.add(meta.getColumnName(i));
                }
                sink.table(table.name(), columns);
                while (rs.next()) {
                    Object[] values = new Object[columns.size()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = value(rs.getObject(i + 1));
                    }
                    sink.row(values);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SQLite's values as the sink takes them: integers as Long, reals as Double, text, blobs. */
    private static Object value(Object v) {
        if (v instanceof Integer i) {
            return i.longValue();
        }
        if (v instanceof Float f) {
            return f.doubleValue();
        }
        return v;
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
