package org.hardshipbinder.vault;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A copy of some rows (documents, people …) and of every row that depends on them, found by following the schema's
 * references: a document's pages, their text and word boxes, its tags, people, exhibit …; links that a delete would
 * only set to null (a translation's "translation of") are kept as links. Used for undo (the rows as they were before
 * an edit) and for the trash (the rows of what was deleted, kept as JSON).
 *
 * <p>Restoring inserts the rows back, parents first; search follows through the page-text triggers. An id that was
 * handed out again meanwhile gets a new one, and the rows that pointed at it follow; a row that would duplicate one
 * that exists now (the same tag added again) is left out.
 */
public final class RowSnapshot {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SQLITE_CONSTRAINT = 19;

    public record Row(String table, Map<String, Object> values) {
    }

    public record Link(String table, long id, String column, long target, String targetTable) {
    }

    public record Data(String root, List<Long> ids, List<Row> rows, List<Link> links) {
    }

    private final Data data;

    private RowSnapshot(Data data) {
        this.data = data;
    }

    /** Rows of {@code table} with these ids and all rows that depend on them, as they are now in the caller's connection. */
    public static RowSnapshot capture(Connection c, String table, Collection<Long> ids) throws SQLException {
        List<ForeignKeys.Reference> references = ForeignKeys.all(c);
        List<Row> rows = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, Boolean> keyed = new HashMap<>();
        for (ForeignKeys.Reference ref : references) {
            keyed.computeIfAbsent(ref.table(), t -> idColumn(c, t));
        }
        rows.addAll(select(c, table, "id", ids));
        ids.forEach(id -> seen.add(table + ":" + id));
        descend(c, references, keyed, table, ids, rows, links, seen);
        return new RowSnapshot(new Data(table, List.copyOf(ids), rows, links));
    }

    private static void descend(Connection c, List<ForeignKeys.Reference> references, Map<String, Boolean> keyed,
                                String parent, Collection<Long> ids, List<Row> rows, List<Link> links, Set<String> seen)
            throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        for (ForeignKeys.Reference ref : references) {
            if (!ref.parent().equals(parent)) {
                continue;
            }
            boolean hasId = keyed.get(ref.table());
            if (ref.setsNull()) {
                if (hasId) {
                    for (Row row : select(c, ref.table(), ref.column(), ids)) {
                        long id = ((Number) row.values().get("id")).longValue();
                        if (!seen.contains(ref.table() + ":" + id)) {
                            links.add(new Link(ref.table(), id, ref.column(),
                                    ((Number) row.values().get(ref.column())).longValue(), parent));
                        }
                    }
                }
                continue;
            }
            List<Row> children = select(c, ref.table(), ref.column(), ids).stream()
                    .filter(row -> !hasId || seen.add(ref.table() + ":" + row.values().get("id"))).toList();
            rows.addAll(children);
            if (hasId) {
                descend(c, references, keyed, ref.table(),
                        children.stream().map(r -> ((Number) r.values().get("id")).longValue()).toList(), rows, links, seen);
            }
        }
    }

    private static List<Row> select(Connection c, String table, String column, Collection<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT * FROM " + table + " WHERE " + column + " IN ("
                + ids.stream().map(id -> "?").collect(Collectors.joining(",")) + ")";
        try (PreparedStatement ps = Jdbc.prepare(c, sql, ids.toArray()); ResultSet rs = ps.executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            List<Row> rows = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> values = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    values.put(meta.getColumnName(i), rs.getObject(i));
                }
                rows.add(new Row(table, values));
            }
            return rows;
        }
    }

    public String rootTable() {
        return data.root();
    }

    public List<Long> rootIds() {
        return data.ids();
    }

    /** The captured rows of one table, in capture order. */
    public List<Map<String, Object>> rows(String table) {
        return data.rows().stream().filter(r -> r.table().equals(table)).map(Row::values).toList();
    }

    /** The distinct values of {@code column} over every captured row that has it (e.g. the documents a person is on). */
    public List<Long> distinctValues(String column) {
        return data.rows().stream().map(r -> r.values().get(column)).filter(Number.class::isInstance)
                .map(v -> ((Number) v).longValue()).distinct().toList();
    }

    /** A copy whose rows of {@code table} went through {@code change} (e.g. a restored page given a free position). */
    public RowSnapshot withRows(String table, java.util.function.UnaryOperator<Map<String, Object>> change) {
        List<Row> rows = data.rows().stream()
                .map(r -> r.table().equals(table) ? new Row(table, change.apply(new LinkedHashMap<>(r.values()))) : r)
                .toList();
        return new RowSnapshot(new Data(data.root(), data.ids(), rows, data.links()));
    }

    /** Deletes the live root rows with these ids; what depends on them goes with them (the schema's cascades). */
    public static void deleteLive(Connection c, String table, Collection<Long> ids) throws SQLException {
        if (!ids.isEmpty()) {
            Jdbc.update(c, "DELETE FROM " + table + " WHERE id IN ("
                    + ids.stream().map(id -> "?").collect(Collectors.joining(",")) + ")", ids.toArray());
        }
    }

    /** Inserts the rows back, parents first, then restores the links; returns the root ids as they are now. */
    public List<Long> restore(Connection c) throws SQLException {
        Map<String, List<ForeignKeys.Reference>> outgoing = ForeignKeys.all(c).stream()
                .collect(Collectors.groupingBy(ForeignKeys.Reference::table));
        Map<String, Map<Long, Long>> moved = new HashMap<>();
        Map<String, Boolean> hasId = new HashMap<>();
        for (Row row : data.rows()) {
            Map<String, Object> values = new LinkedHashMap<>(row.values());
            boolean orphan = false;
            for (ForeignKeys.Reference ref : outgoing.getOrDefault(row.table(), List.of())) {
                Object value = row.values().get(ref.column());
                if (value == null) {
                    continue;
                }
                Map<Long, Long> ids = moved.get(ref.parent());
                if (value instanceof Number n && ids != null && ids.containsKey(n.longValue())) {
                    value = ids.get(n.longValue());
                }
                // What it pointed at outside the snapshot may be gone now (a deleted person, a removed section).
                if (value != null && Jdbc.count(c, "SELECT count(*) FROM " + ref.parent() + " WHERE rowid = ?", value) == 0) {
                    value = null;
                }
                if (value == null && !ref.setsNull()) {
                    orphan = true;
                }
                values.put(ref.column(), value);
            }
            if (orphan) {
                continue;
            }
            boolean keyed = hasId.computeIfAbsent(row.table(), t -> idColumn(c, t));
            Long oldId = keyed && values.get("id") instanceof Number n ? n.longValue() : null;
            if (oldId != null && Jdbc.count(c, "SELECT count(*) FROM " + row.table() + " WHERE id = ?", oldId) > 0) {
                values.remove("id");
            }
            long inserted = insert(c, row.table(), values);
            if (oldId != null && (inserted < 0 || inserted != oldId)) {
                moved.computeIfAbsent(row.table(), t -> new HashMap<>()).put(oldId, inserted < 0 ? null : inserted);
            }
        }
        for (Link link : data.links()) {
            long id = moved.getOrDefault(link.table(), Map.of()).getOrDefault(link.id(), link.id());
            Long target = moved.getOrDefault(link.targetTable(), Map.of()).getOrDefault(link.target(), link.target());
            if (target != null) {
                Jdbc.update(c, "UPDATE " + link.table() + " SET " + link.column() + " = ? WHERE id = ? AND " + link.column()
                        + " IS NULL", target, id);
            }
        }
        Map<Long, Long> roots = moved.getOrDefault(data.root(), Map.of());
        return data.ids().stream().map(id -> roots.getOrDefault(id, id)).filter(java.util.Objects::nonNull).toList();
    }

    private static boolean idColumn(Connection c, String table) {
        try {
            return ForeignKeys.hasIdColumn(c, table);
        } catch (SQLException e) {
            throw new VaultException(e.getMessage(), e);
        }
    }

    /**
     * Inserts a row, leaving it out when it would duplicate an existing one; its rowid, or -1 when left out. A plain
     * INSERT whose constraint failure is caught, not INSERT OR IGNORE: an OR clause would also apply to the statements
     * of the page-text triggers, and the full-text index must not be written with "or ignore" (it was corrupted so).
     */
    private static long insert(Connection c, String table, Map<String, Object> values) throws SQLException {
        String sql = "INSERT INTO " + table + "(" + String.join(",", values.keySet()) + ") VALUES ("
                + values.keySet().stream().map(k -> "?").collect(Collectors.joining(",")) + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (Object v : values.values()) {
                ps.setObject(i++, v);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            if (e.getErrorCode() != SQLITE_CONSTRAINT) {
                throw e;
            }
            return -1;
        }
        return Jdbc.queryOne(c, "SELECT last_insert_rowid()", rs -> rs.getLong(1)).orElse(-1L);
    }

    /** JSON of the rows; binary values (a cleaned photo's image) are kept as {"$bytes": base64} so they come back binary. */
    public String toJson() {
        try {
            List<Row> rows = data.rows().stream().map(r -> new Row(r.table(), convert(r.values(), true))).toList();
            return JSON.writeValueAsString(new Data(data.root(), data.ids(), rows, data.links()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> convert(Map<String, Object> values, boolean toJson) {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (toJson && v instanceof byte[] bytes) {
                out.put(k, Map.of("$bytes", java.util.Base64.getEncoder().encodeToString(bytes)));
            } else if (!toJson && v instanceof Map<?, ?> m && m.get("$bytes") instanceof String b64) {
                out.put(k, java.util.Base64.getDecoder().decode(b64));
            } else {
                out.put(k, v);
            }
        });
        return out;
    }

    public static RowSnapshot fromJson(String json) {
        try {
            Data read = JSON.readValue(json, Data.class);
            List<Row> rows = read.rows().stream().map(r -> new Row(r.table(), convert(r.values(), false))).toList();
            return new RowSnapshot(new Data(read.root(), read.ids(), rows, read.links()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a trash entry could not be read: " + e.getOriginalMessage(), e);
        }
    }
}
