package org.hardshipbinder.vault;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.CRC32;
import org.hardshipbinder.model.UserFolder;

/**
 * SQLite's native library, copied out of the jar once per version instead of at every start (ADR 0008). Left to
 * itself, sqlite-jdbc copies its 1.1 MB library into the temporary folder and compares it byte by byte at every start
 * (80–100 ms of a cold command); here the copy is made once, into the installed app's folder at install time or the
 * user's cache folder on first use, and every later start only names it to sqlite-jdbc ({@code org.sqlite.lib.path}).
 * <p>
 * A copy is made under a temporary name, its SHA-256 checked against the list shipped in the jar
 * ({@code native/sqlite-jdbc.sha256}), then moved into place in one step, so a file at the final name is whole. At
 * each start the copy's size and CRC-32 are checked against the same list (about 1 ms; a SHA-256 in a process that
 * has not compiled it yet costs 40–130 ms, as much as the copy it replaces). Anything unexpected — a system without
 * an entry in the list, a folder that cannot be written, a copy that does not match — leaves sqlite-jdbc to do as
 * it always did. The library is program code, not case data: nothing of a vault ever goes to these folders.
 */
final class SqliteLibrary {

    /** The folder the installed app's launcher names ({@code $APPDIR/native}); its copy is made at install time. */
    static final String INSTALLED_FOLDER_PROPERTY = "hardshipbinder.nativeDir";
    /** Overrides the per-user cache folder (tests, portable use). */
    static final String CACHE_VARIABLE = "HARDSHIP_BINDER_CACHE_DIR";
    private static final String LIST = "/native/sqlite-jdbc.sha256";
    private static final Logger LOG = Logger.getLogger(SqliteLibrary.class.getName());
    // Process-wide by nature: the JVM loads a native library once per process, and sqlite-jdbc reads system properties.
    private static boolean prepared;

    /** One library of the list: where it lies in the jar and what it must be. */
    record Entry(String version, String platform, String fileName, long size, long crc32, String sha256) {

        String resource() {
            return "/org/sqlite/native/" + platform + "/" + fileName;
        }

        /** The copy's folder: the version and the start of the checksum, so two builds never share a name. */
        Path folderIn(Path base) {
            return base.resolve("sqlite-" + version + "-" + sha256.substring(0, 16));
        }
    }

    private SqliteLibrary() {
    }

    /** Before the first connection of the process: names a checked copy of the library to sqlite-jdbc, if one can be had. */
    static synchronized void prepare() {
        if (prepared) {
            return;
        }
        prepared = true;
        if (System.getProperty("org.sqlite.lib.path") != null) {
            return;
        }
        List<Path> folders = new ArrayList<>(2);
        String installed = System.getProperty(INSTALLED_FOLDER_PROPERTY);
        if (installed != null && !installed.isBlank()) {
            folders.add(Path.of(installed));
        }
        folders.add(cacheFolder(System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home"))));
        Optional<Entry> entry = entryForThisSystem();
        Optional<Path> file = entry.isPresent() ? locate(entry.get(), folders) : Optional.empty();
        if (file.isPresent()) {
            System.setProperty("org.sqlite.lib.path", file.get().getParent().toString());
            System.setProperty("org.sqlite.lib.name", file.get().getFileName().toString());
            // Before loading, sqlite-jdbc lists its folder for copies older runs left behind. In the temporary folder
            // that is every copy a killed process left (thousands on a busy machine); in the copy's own folder, one file.
            if (System.getProperty("org.sqlite.tmpdir") == null) {
                System.setProperty("org.sqlite.tmpdir", file.get().getParent().toString());
            }
        }
    }

    /** A connection to the SQLite file {@code file}, the library prepared first. */
    static Connection connect(Path file, Properties properties) throws SQLException {
        prepare();
        return DriverManager.getConnection("jdbc:sqlite:" + file, properties);
    }

    /**
     * The copy in the first folder that has a checked one or takes a new one, folders tried in order. In order, not
     * "any checked copy first": the installer's training run (as root) must leave its copy in the installed app's
     * folder even when root's own cache already holds one, or every user of the machine makes a copy of their own.
     */
    static Optional<Path> locate(Entry entry, List<Path> folders) {
        for (Path folder : folders) {
            Path file = entry.folderIn(folder).resolve(entry.fileName());
            if (matches(file, entry)) {
                return Optional.of(file);
            }
            try {
                return Optional.of(extract(entry, entry.folderIn(folder)));
            } catch (IOException | UncheckedIOException | SecurityException e) {
                LOG.log(Level.FINE, "no copy of SQLite's library in " + folder, e);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code file} is the listed library: its size, then its CRC-32. */
    static boolean matches(Path file, Entry entry) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) != entry.size()) {
                return false;
            }
            CRC32 crc = new CRC32();
            crc.update(Files.readAllBytes(file));
            return crc.getValue() == entry.crc32();
        } catch (IOException e) {
            return false;
        }
    }

    /** Copies the library out of the jar under a temporary name, checks its SHA-256, and moves it into place. */
    static Path extract(Entry entry, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(entry.fileName());
        Path part = Files.createTempFile(folder, entry.fileName(), ".part");
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = SqliteLibrary.class.getResourceAsStream(entry.resource());
                 OutputStream out = new DigestOutputStream(Files.newOutputStream(part), digest)) {
                if (in == null) {
                    throw new IOException("the jar carries no " + entry.resource());
                }
                in.transferTo(out);
            }
            String sha256 = HexFormat.of().formatHex(digest.digest());
            if (!sha256.equals(entry.sha256())) {
                throw new IOException("the copy of " + entry.resource() + " has SHA-256 " + sha256 + ", not " + entry.sha256());
            }
            part.toFile().setReadable(true, false);
            part.toFile().setExecutable(true, false);
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("cannot move the copy into place in one step", e);
            }
            return target;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** The listed library for this operating system and processor, if the list has one. */
    static Optional<Entry> entryForThisSystem() {
        String platform = platform(System.getProperty("os.name"), System.getProperty("os.arch"));
        String name = System.mapLibraryName("sqlitejdbc").replace(".dylib", ".jnilib");
        for (Entry entry : list()) {
            if (entry.platform().equals(platform) && entry.fileName().equals(name)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /** The list shipped in the jar: a "version" line, then one line a library (path, size, CRC-32, SHA-256). */
    static List<Entry> list() {
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = SqliteLibrary.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return entries;
            }
            String version = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] fields = line.strip().split(" ");
                if (line.startsWith("#") || fields.length < 2) {
                    continue;
                }
                if (fields[0].equals("version")) {
                    version = fields[1];
                } else if (version != null && fields.length == 4) {
                    int slash = fields[0].lastIndexOf('/');
                    entries.add(new Entry(version, fields[0].substring(0, slash), fields[0].substring(slash + 1),
                            Long.parseLong(fields[1]), Long.parseLong(fields[2], 16), fields[3]));
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "the list of SQLite libraries cannot be read", e);
            entries.clear();
        }
        return entries;
    }

    /** sqlite-jdbc's name for a system's folder ("Linux/x86_64"), for the systems the app is built for. */
    static String platform(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String family = os.startsWith("linux") ? "Linux" : os.startsWith("windows") ? "Windows"
                : os.startsWith("mac") || os.startsWith("darwin") ? "Mac" : osName;
        String arch = switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64", "x86-64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> osArch;
        };
        return family + "/" + arch;
    }

    /**
     * The per-user cache folder: {@code HARDSHIP_BINDER_CACHE_DIR}, else {@code $XDG_CACHE_HOME/hardship-binder}
     * (usually {@code ~/.cache/hardship-binder}) on Linux, {@code ~/Library/Caches/HardshipBinder} on macOS,
     * {@code %LOCALAPPDATA%\HardshipBinder\Cache} on Windows.
     */
    static Path cacheFolder(Map<String, String> env, String osName, Path userHome) {
        String explicit = env.get(CACHE_VARIABLE);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit).toAbsolutePath();
        }
        return UserFolder.CACHE.in(env, osName, userHome);
    }
}
