package org.hardshipbinder.vault;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hardshipbinder.model.UserMessage;

/**
 * Schema migrations: {@code db/migration/V001.sql}, {@code V002.sql} … applied in order, each in the caller's
 * transaction, the version kept in {@code PRAGMA user_version}. Features add a numbered file; nothing else.
 */
public final class Migrator {

    private static final String PATTERN = "db/migration/V%03d.sql";
    private static final int LATEST = countMigrations();

    private Migrator() {
    }

    public static int latestVersion() {
        return LATEST;
    }

    private static int countMigrations() {
        int version = 0;
        while (Migrator.class.getClassLoader().getResource(String.format(PATTERN, version + 1)) != null) {
            version++;
        }
        return version;
    }

    public static int currentVersion(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Brings the schema up to {@code target}; refuses a vault written by a newer version of the app. */
    public static void migrate(Connection connection, int target, Path where) throws SQLException {
        int current = currentVersion(connection);
        if (current > LATEST) {
            throw new VaultUnavailableException(UserMessage.of("vault.tooNew", where, current, LATEST),
                    "vault schema " + current + " is newer than this app's " + LATEST, null);
        }
        for (int version = current + 1; version <= target; version++) {
            try (Statement st = connection.createStatement()) {
                for (String sql : statements(load(version))) {
                    st.execute(sql);
                }
                st.execute("PRAGMA user_version = " + version);
            }
        }
    }

    /** A migration that rebuilt tables must leave every reference pointing at a row; else it is rolled back. */
    static void requireForeignKeysHold(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
            if (rs.next()) {
                throw new SQLException("migration left a dangling reference in table " + rs.getString(1));
            }
        }
    }

    static void requireCurrent(Connection connection, Path where) throws SQLException {
        int current = currentVersion(connection);
        if (current != LATEST) {
            throw new VaultUnavailableException(UserMessage.of("vault.needsUpgrade", where, current, LATEST),
                    "vault schema " + current + ", app expects " + LATEST, null);
        }
    }

    private static String load(int version) {
        String name = String.format(PATTERN, version);
        try (InputStream in = Migrator.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + name, e);
        }
    }

    /** Splits a script into statements; a trigger's body (BEGIN … END;) stays whole. */
    static List<String> statements(String script) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            boolean inTrigger = current.toString().strip().toUpperCase(Locale.ROOT).matches("(?s)CREATE\\s+(TEMP\\s+)?TRIGGER.*");
            boolean ends = inTrigger ? trimmed.equalsIgnoreCase("END;") : trimmed.endsWith(";");
            if (ends) {
                result.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            result.add(current.toString().strip());
        }
        return result;
    }
}
