package org.hardshipbinder.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;

class SqliteLibraryTest {

    @TempDir
    Path temp;

    @Test
    void theListDescribesTheLibrariesSqliteJdbcCarries() throws Exception {
        List<SqliteLibrary.Entry> list = SqliteLibrary.list();
        assertThat(list).extracting(SqliteLibrary.Entry::platform)
                .contains("Linux/x86_64", "Windows/x86_64", "Mac/aarch64", "Mac/x86_64");
        for (SqliteLibrary.Entry entry : list) {
            assertThat(entry.version()).as("the list is for the sqlite-jdbc on the class path")
                    .isEqualTo(SQLiteJDBCLoader.getVersion());
            try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(entry.resource())) {
                assertThat(in).as(entry.resource()).isNotNull();
                byte[] bytes = in.readAllBytes();
                CRC32 crc = new CRC32();
                crc.update(bytes);
                assertThat(bytes.length).as(entry.resource()).isEqualTo(entry.size());
                assertThat(crc.getValue()).as(entry.resource()).isEqualTo(entry.crc32());
                assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
                        .as(entry.resource()).isEqualTo(entry.sha256());
            }
        }
    }

    @Test
    void theCopyIsMadeOnceAndReusedAfterwards() throws IOException {
        SqliteLibrary.Entry entry = entry();
        Path copy = SqliteLibrary.locate(entry, List.of(temp)).orElseThrow();
        assertThat(copy).isEqualTo(entry.folderIn(temp).resolve(entry.fileName()));
        assertThat(SqliteLibrary.matches(copy, entry)).isTrue();
        FileTime made = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(copy, made);

        assertThat(SqliteLibrary.locate(entry, List.of(temp))).contains(copy);
        assertThat(Files.getLastModifiedTime(copy)).as("not copied again").isEqualTo(made);
        try (var files = Files.list(copy.getParent())) {
            assertThat(files).as("no temporary file left beside it").containsExactly(copy);
        }
    }

    @Test
    void aDamagedOrTruncatedCopyIsReplacedNotLoaded() throws IOException {
        SqliteLibrary.Entry entry = entry();
        Path copy = SqliteLibrary.locate(entry, List.of(temp)).orElseThrow();
        byte[] bytes = Files.readAllBytes(copy);
        bytes[bytes.length / 2] ^= 1;
        Files.write(copy, bytes);
        assertThat(SqliteLibrary.matches(copy, entry)).isFalse();
        assertThat(SqliteLibrary.locate(entry, List.of(temp))).contains(copy);
        assertThat(SqliteLibrary.matches(copy, entry)).isTrue();

        Files.write(copy, new byte[100]);
        assertThat(SqliteLibrary.matches(copy, entry)).isFalse();
        assertThat(SqliteLibrary.locate(entry, List.of(temp))).contains(copy);
        assertThat(SqliteLibrary.matches(copy, entry)).isTrue();
    }

    @Test
    void aFolderThatCannotBeWrittenFallsToTheNext() throws IOException {
        SqliteLibrary.Entry entry = entry();
        Path notAFolder = Files.writeString(temp.resolve("a-file"), "x");
        Path cache = temp.resolve("cache");
        assertThat(SqliteLibrary.locate(entry, List.of(notAFolder, cache)))
                .contains(entry.folderIn(cache).resolve(entry.fileName()));
    }

    @Test
    void theInstalledFolderGetsItsCopyEvenWhenTheCacheHasOne() throws IOException {
        SqliteLibrary.Entry entry = entry();
        Path installed = temp.resolve("installed");
        Path cache = temp.resolve("cache");
        SqliteLibrary.locate(entry, List.of(cache)).orElseThrow();

        assertThat(SqliteLibrary.locate(entry, List.of(installed, cache)))
                .as("the installer's run fills the app's folder first")
                .contains(entry.folderIn(installed).resolve(entry.fileName()));
    }

    @Test
    void aLibraryTheJarDoesNotCarryIsLeftToSqliteJdbc() {
        SqliteLibrary.Entry entry = entry();
        SqliteLibrary.Entry missing = new SqliteLibrary.Entry(entry.version(), "Plan9/mips", entry.fileName(),
                entry.size(), entry.crc32(), entry.sha256());
        assertThat(SqliteLibrary.locate(missing, List.of(temp))).isEmpty();
        SqliteLibrary.Entry wrong = new SqliteLibrary.Entry(entry.version(), entry.platform(), entry.fileName(),
                entry.size(), entry.crc32(), "0".repeat(64));
        assertThat(SqliteLibrary.locate(wrong, List.of(temp))).as("a copy whose SHA-256 differs is never kept").isEmpty();
        assertThat(temp.resolve("sqlite-" + entry.version() + "-0000000000000000")).isEmptyDirectory();
    }

    @Test
    void vaultsOpenWithTheCopyInTheCacheFolder() {
        try (Vault vault = Vault.open(temp.resolve("vault"), AccessMode.READ_WRITE)) {
            java.util.Optional<String> version = vault.read(c -> Jdbc.queryOne(c, "SELECT sqlite_version()", rs -> rs.getString(1)));
            assertThat(version).isPresent();
        }
        Path cache = SqliteLibrary.cacheFolder(System.getenv(), System.getProperty("os.name"),
                Path.of(System.getProperty("user.home")));
        assertThat(System.getProperty("org.sqlite.lib.path")).isEqualTo(entry().folderIn(cache).toString());
        assertThat(System.getProperty("org.sqlite.tmpdir")).isEqualTo(entry().folderIn(cache).toString());
    }

    @Test
    void systemsAndFoldersAreNamedAsSqliteJdbcAndEachSystemExpect() {
        assertThat(SqliteLibrary.platform("Linux", "amd64")).isEqualTo("Linux/x86_64");
        assertThat(SqliteLibrary.platform("Windows 11", "amd64")).isEqualTo("Windows/x86_64");
        assertThat(SqliteLibrary.platform("Mac OS X", "aarch64")).isEqualTo("Mac/aarch64");
        Path home = Path.of("/home/ana");
        assertThat(SqliteLibrary.cacheFolder(Map.of(), "Linux", home)).isEqualTo(home.resolve(".cache/hardship-binder"));
        assertThat(SqliteLibrary.cacheFolder(Map.of("XDG_CACHE_HOME", "/c"), "Linux", home))
                .isEqualTo(Path.of("/c/hardship-binder"));
        assertThat(SqliteLibrary.cacheFolder(Map.of(), "Mac OS X", home))
                .isEqualTo(home.resolve("Library/Caches/HardshipBinder"));
        assertThat(SqliteLibrary.cacheFolder(Map.of(SqliteLibrary.CACHE_VARIABLE, "/x"), "Linux", home))
                .isEqualTo(Path.of("/x"));
    }

    private static SqliteLibrary.Entry entry() {
        return SqliteLibrary.entryForThisSystem().orElseThrow(() -> new AssertionError("no library listed for this system"));
    }
}
