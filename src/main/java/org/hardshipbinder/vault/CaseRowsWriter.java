package org.hardshipbinder.vault;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Inserts a copied case's rows into this vault inside the caller's transaction: every row gets a new id, every id
 * column is translated to the new ids, and ids written inside text (a finding's subject, a grouping decision's key,
 * a person suggestion's value) are translated too. A row that does not fit this vault's schema is refused with
 * {@link CaseRowsRefused}, and the caller's transaction is rolled back.
 */
public final class CaseRowsWriter implements CaseRowSink {

    private final Connection connection;
    private final Map<String, Map<Long, Long>> ids = new HashMap<>();
    private final Set<String> seen = new HashSet<>();
    private final List<long[]> pendingSelfReferences = new ArrayList<>();
    private CaseTables.Table table;
    private List<String> columns;
    private PreparedStatement insert;
    private Long caseId;

    public CaseRowsWriter(Connection connection) {
        this.connection = connection;
    }

    @Override
    public void table(String name, List<String> columnNames) throws IOException {
        finishTable();
        table = CaseTables.copied(name).orElseThrow(() -> new CaseRowsRefused("unknown table " + name));
        if (!seen.add(name)) {
            throw new CaseRowsRefused("table twice: " + name);
        }
        try {
            Set<String> known = columnsOf(name);
            for (String column : columnNames) {
                if (!known.contains(column)) {
                    throw new CaseRowsRefused("unknown column " + name + "." + column);
                }
            }
            columns = List.copyOf(columnNames);
            List<String> inserted = columns.stream().filter(c -> !c.equals(table.newId())).toList();
            String sql = "INSERT INTO " + name + "(" + String.join(", ", inserted) + ") VALUES ("
                    + String.join(", ", inserted.stream().map(c -> "?").toList()) + ")";
            insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void row(Object[] values) throws IOException {
        if (table == null || values.length != columns.size()) {
            throw new CaseRowsRefused("a row outside a table or of the wrong width");
        }
        try {
            Long oldId = null;
            Long selfReference = null;
            int p = 1;
            for (int i = 0; i < values.length; i++) {
                String column = columns.get(i);
                Object value = values[i];
                if (column.equals(table.newId())) {
                    oldId = asLong(value);
                    continue;
                }
                String target = table.references().get(column);
                if (target != null && value != null) {
                    if (target.equals(table.name())) {
                        selfReference = asLong(value);
                        value = null;
                    } else {
                        value = newId(target, asLong(value), column);
                    }
                }
                insert.setObject(p++, rewrite(column, value, values));
            }
            insert.executeUpdate();
            if (oldId != null) {
                long fresh;
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    fresh = keys.getLong(1);
                }
                ids.computeIfAbsent(table.name(), k -> new HashMap<>()).put(oldId, fresh);
                if (table.name().equals("cases")) {
                    caseId = fresh;
                }
                if (selfReference != null) {
                    pendingSelfReferences.add(new long[] {fresh, selfReference});
                }
            }
        } catch (SQLException e) {
            throw new CaseRowsRefused("row of " + table.name() + " refused: " + e.getMessage());
        }
    }

    /** Ends the copy: fills the references a table makes to itself; returns the new case's id. */
    public long finish() throws IOException {
        finishTable();
        if (caseId == null) {
            throw new CaseRowsRefused("no case in the copy");
        }
        return caseId;
    }

    private void finishTable() throws IOException {
        if (table == null) {
            return;
        }
        try {
            for (long[] pending : pendingSelfReferences) {
                String column = table.references().entrySet().stream().filter(e -> e.getValue().equals(table.name()))
                        .findFirst().orElseThrow().getKey();
                Long target = ids.getOrDefault(table.name(), Map.of()).get(pending[1]);
                Jdbc.update(connection, "UPDATE " + table.name() + " SET " + column + " = ? WHERE " + table.newId() + " = ?",
                        target, pending[0]);
            }
            pendingSelfReferences.clear();
            insert.close();
        } catch (SQLException e) {
            throw new IOException(e);
        }
        table = null;
    }

    private Long newId(String target, long old, String column) {
        Long fresh = ids.getOrDefault(target, Map.of()).get(old);
        if (fresh == null) {
            throw new CaseRowsRefused(table.name() + "." + column + " names a row the copy does not hold");
        }
        return fresh;
    }

    /** Ids written inside text, as the checks, grouping and suggestions write them. */
    private Object rewrite(String column, Object value, Object[] row) {
        if (!(value instanceof String text)) {
            return value;
        }
        return switch (table.name() + "." + column) {
            case "dismissed_findings.subject" -> IdsInText.subject(text, id -> newId("documents", id, column),
                    id -> newId("people", id, column));
            case "grouping_decisions.key" -> IdsInText.groupingKey(text, id -> newId("documents", id, column));
            case "cases.archived_at" -> null; // brought in to be worked on: shown in the list of cases
            case "suggestion_decisions.value" -> "PERSON".equals(row[columns.indexOf("kind")])
                    ? String.valueOf(newId("people", Long.parseLong(text), column)) : text;
            default -> value;
        };
    }

    /** A dismissed finding's subject in this vault's ids, once the documents and people are in. */
    public String translateSubject(String subject) {
        return IdsInText.subject(subject, id -> newId("documents", id, "subject"), id -> newId("people", id, "subject"));
    }

    private Set<String> columnsOf(String name) throws SQLException {
        return new HashSet<>(Jdbc.query(connection, "SELECT name FROM pragma_table_info(?)", rs -> rs.getString(1), name));
    }

    private static long asLong(Object value) {
        if (value instanceof Long l) {
            return l;
        }
        throw new CaseRowsRefused("an id that is not a number");
    }
}
