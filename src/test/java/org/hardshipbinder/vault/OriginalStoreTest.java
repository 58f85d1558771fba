package org.hardshipbinder.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.model.MediaType;
import org.hardshipbinder.model.NewDocument;
import org.hardshipbinder.wiring.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Originals go in and come out byte for byte, in 1 MiB chunks, with memory bounded whatever the size. */
public class OriginalStoreTest {

    @TempDir
    Path dir;

    @Test
    void aMultiChunkFileComesBackByteIdenticalFromStreamAndScratchCopy() throws Exception {
        byte[] content = new byte[3 * OriginalStore.CHUNK_SIZE + 12_345];
        new Random(42).nextBytes(content);
        Path file = Files.write(dir.resolve("scan.pdf"), content);

        try (Services s = Services.open(dir.resolve("vault"), AccessMode.READ_WRITE)) {
            long id = storeAsDocument(s, file);

            List<Integer> chunkSizes = s.vault().read(c -> Jdbc.query(c,
                    "SELECT length(data) FROM original_chunks WHERE original_id = ? ORDER BY seq", rs -> rs.getInt(1), id));
            assertThat(chunkSizes).containsExactly(OriginalStore.CHUNK_SIZE, OriginalStore.CHUNK_SIZE, OriginalStore.CHUNK_SIZE, 12_345);

            try (InputStream in = s.originals().open(id)) {
                assertThat(in.readAllBytes()).isEqualTo(content);
            }
            try (InputStream in = s.originals().open(id)) {
                byte[] oneByOne = new byte[content.length];
                for (int i = 0; i < 5000; i++) {
                    oneByOne[i] = (byte) in.read();
                }
                in.readNBytes(oneByOne, 5000, content.length - 5000);
                assertThat(oneByOne).isEqualTo(content);
                assertThat(in.read()).isEqualTo(-1);
            }
            assertThat(s.originals().sha256(id)).contains(sha256(file));
            assertThat(s.originals().sha256(id + 99)).isEmpty();
        }
    }

    @Test
    void aFileOfExactlyOneChunkHasNoEmptyTrailingChunk() throws Exception {
        byte[] content = new byte[OriginalStore.CHUNK_SIZE];
        new Random(7).nextBytes(content);
        Path file = Files.write(dir.resolve("exact.bin"), content);
        try (Services s = Services.open(dir.resolve("vault"), AccessMode.READ_WRITE)) {
            long id = storeAsDocument(s, file);
            assertThat((long) s.vault().<Long>read(c -> Jdbc.count(c, "SELECT count(*) FROM original_chunks WHERE original_id = ?", id))).isEqualTo(1);
            try (InputStream in = s.originals().open(id)) {
                assertThat(in.readAllBytes()).isEqualTo(content);
            }
        }
    }

    /**
     * A 300 MB original stored and read back by a JVM with a 40 MB heap: only possible if neither side holds the
     * whole file. The child prints the SHA-256 it streamed back, which must equal the file's.
     */
    @Test
    void a300MegabyteOriginalIsStoredAndReadWithASmallHeap() throws Exception {
        Path big = dir.resolve("big.bin");
        try (RandomAccessFile raf = new RandomAccessFile(big.toFile(), "rw")) {
            raf.setLength(300L * 1024 * 1024);
            byte[] marks = "distinct bytes so the chunks differ".getBytes(StandardCharsets.US_ASCII);
            for (long at = 0; at < raf.length(); at += 7L * OriginalStore.CHUNK_SIZE + 13) {
                raf.seek(at);
                raf.write(marks);
            }
        }
        Process child = ChildJvm.start(List.of("-Xmx40m"), StoreBigOriginal.class, dir.resolve("vault").toString(), big.toString());
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("sha256 " + sha256(big));

        try (Services s = Services.open(dir.resolve("vault"), AccessMode.READ_WRITE)) {
            assertThat((long) s.vault().<Long>read(c -> Jdbc.count(c, "SELECT count(*) FROM original_chunks"))).isEqualTo(300);
        }
    }

    /** Child process: stores a file as a document's original, then streams it back and prints its SHA-256. */
    public static final class StoreBigOriginal {
        public static void main(String[] args) throws Exception {
            try (Services s = Services.open(Path.of(args[0]), AccessMode.READ_WRITE)) {
                long id = storeAsDocument(s, Path.of(args[1]));
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                try (InputStream in = new DigestInputStream(s.originals().open(id), digest)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
                System.out.println("sha256 " + HexFormat.of().formatHex(digest.digest()));
                System.out.println("heap used MB " + (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1 << 20));
            }
        }
    }

    public static long storeAsDocument(Services s, Path file) throws Exception {
        long caseId = s.cases().list().isEmpty() ? s.cases().create(CaseKind.I_601A, "Ana", null).id() : s.cases().list().get(0).id();
        String sha = sha256(file);
        long size = Files.size(file);
        return s.vault().write(c -> {
            long id = s.documents().insert(new NewDocument(caseId, file.getFileName().toString(), MediaType.PDF, size, sha, null), 0);
            s.originals().store(s.documents().importedFrom(id).orElseThrow(), file);
            return id;
        });
    }

    static String sha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
