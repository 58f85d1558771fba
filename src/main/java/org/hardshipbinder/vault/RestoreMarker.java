package org.hardshipbinder.vault;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The small file that says a restore is swapping files: the folder the current vault goes to and which of its files
 * existed. While it exists, the vault as it was is the one that counts; removing it is the restore's commit point.
 * Written atomically (a temporary, forced to disk, then a move), so it is either absent or whole.
 */
record RestoreMarker(String asideFolder, List<String> files) {

    static final String FILE_NAME = "restore.marker";

    static Path fileIn(Path dir) {
        return dir.resolve(FILE_NAME);
    }

    static Optional<RestoreMarker> readFrom(Path dir) throws IOException {
        Files.deleteIfExists(dir.resolve(FILE_NAME + ".partial"));
        Path file = fileIn(dir);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        String aside = p.getProperty("aside", "");
        if (!aside.startsWith(VaultRestore.ASIDE_PREFIX) || aside.contains("/") || aside.contains("\\")) {
            throw new IOException("malformed restore marker " + file);
        }
        String files = p.getProperty("files", "");
        return Optional.of(new RestoreMarker(aside, files.isEmpty() ? List.of() : Arrays.asList(files.split(","))));
    }

    void writeTo(Path dir) throws IOException {
        Properties p = new Properties();
        p.setProperty("aside", asideFolder);
        p.setProperty("files", String.join(",", files));
        StringWriter text = new StringWriter();
        p.store(text, "Hardship Binder: a restore is under way; the next open puts the vault back as it was");
        Path partial = dir.resolve(FILE_NAME + ".partial");
        try (FileChannel out = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            out.write(ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8)));
            out.force(true);
        }
        Files.move(partial, fileIn(dir), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    static void delete(Path dir) throws IOException {
        Files.deleteIfExists(fileIn(dir));
    }
}
