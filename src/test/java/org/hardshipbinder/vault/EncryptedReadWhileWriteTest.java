package org.hardshipbinder.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.hardshipbinder.wiring.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An encrypted vault runs with a rollback journal: a commit waits for the readers' statements under way and readers
 * wait for a commit. The way the app uses it must never let that surface: here the binder's kind of read (an
 * original streamed chunk by chunk, a chunk per statement, three readers at once) and the longest kind (one statement
 * stepped slowly through every chunk, as an export reads rows) run while the writer imports originals and records
 * small changes, as OCR does in the background. Nothing may fail, and every byte read must be right.
 */
class EncryptedReadWhileWriteTest {

    private static final Passphrase SECRET = Passphrase.of("reads beside writes".toCharArray());

    @TempDir
    Path dir;

    @Test
    void longReadsAndWritesRunTogetherWithoutABusyError() throws Exception {
        byte[] content = new byte[6 * OriginalStore.CHUNK_SIZE + 777];
        new Random(3).nextBytes(content);
        Path first = Files.write(dir.resolve("first.pdf"), content);
        String expected = OriginalStoreTest.sha256(first);
        try (Services s = Services.open(dir.resolve("vault"), AccessMode.READ_WRITE, SECRET)) {
            String journal = s.vault().write(c -> Jdbc.queryOne(c, "PRAGMA journal_mode", rs -> rs.getString(1)).orElseThrow());
            assertThat(journal).isEqualToIgnoringCase("truncate");
            long firstId = OriginalStoreTest.storeAsDocument(s, first);
            long originalId = s.documents().importedFrom(firstId).orElseThrow();

            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicLong reads = new AtomicLong();
            AtomicLong slowestCommit = new AtomicLong();
            CountDownLatch started = new CountDownLatch(4);
            List<Thread> threads = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                threads.add(thread("streaming reader " + r, failures, () -> {
                    started.countDown();
                    while (writing.get()) {
                        assertThat(streamedSha256(s.originals(), originalId)).isEqualTo(expected);
                        reads.incrementAndGet();
                    }
                }));
            }
            threads.add(thread("slow reader", failures, () -> {
                started.countDown();
                while (writing.get()) {
                    long bytes = s.vault().read(c -> {
                        long total = 0;
                        try (var ps = c.prepareStatement("SELECT data FROM original_chunks WHERE original_id = ? ORDER BY seq")) {
                            ps.setLong(1, originalId);
                            try (var rs = ps.executeQuery()) {
                                while (rs.next()) {
                                    total += rs.getBytes(1).length;
                                    sleep(40);
                                }
                            }
                        }
                        return total;
                    });
                    assertThat(bytes).isEqualTo(content.length);
                    reads.incrementAndGet();
                }
            }));
            threads.forEach(Thread::start);
            started.await();
            Random random = new Random(11);
            long caseId = s.cases().list().get(0).id();
            for (int i = 0; i < 8; i++) {
                byte[] more = new byte[(1 + i % 3) * OriginalStore.CHUNK_SIZE];
                random.nextBytes(more);
                Path file = Files.write(dir.resolve("more-" + i + ".pdf"), more);
                long t0 = System.nanoTime();
                OriginalStoreTest.storeAsDocument(s, file);
                for (int k = 0; k < 5; k++) {
                    int n = i * 5 + k;
                    s.vault().write(c -> Jdbc.update(c, "UPDATE cases SET title = ? WHERE id = ?", "Ana " + n, caseId));
                }
                slowestCommit.accumulateAndGet((System.nanoTime() - t0) / 1_000_000, Math::max);
            }
            writing.set(false);
            for (Thread t : threads) {
                t.join();
            }
            assertThat(failures).isEmpty();
            assertThat(reads.get()).isPositive();
            assertThat((long) s.vault().<Long>read(c -> Jdbc.count(c, "SELECT count(*) FROM documents"))).isEqualTo(9);
            assertThat(s.originals().sha256(originalId)).contains(expected);
            System.out.printf("reads %d, slowest import with its small writes %d ms%n", reads.get(), slowestCommit.get());
        }
    }

    /** Compacting locks readers out of an encrypted vault for its whole length: they wait for it instead of failing. */
    @Test
    void readsWaitForACompactionInsteadOfFailing() throws Exception {
        byte[] content = new byte[4 * OriginalStore.CHUNK_SIZE];
        new Random(5).nextBytes(content);
        Path file = Files.write(dir.resolve("kept.pdf"), content);
        String expected = OriginalStoreTest.sha256(file);
        try (Services s = Services.open(dir.resolve("vault"), AccessMode.READ_WRITE, SECRET)) {
            long originalId = s.documents().importedFrom(OriginalStoreTest.storeAsDocument(s, file)).orElseThrow();
            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            AtomicBoolean compacting = new AtomicBoolean(true);
            AtomicLong reads = new AtomicLong();
            List<Thread> threads = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                threads.add(thread("reader " + r, failures, () -> {
                    while (compacting.get()) {
                        assertThat(streamedSha256(s.originals(), originalId)).isEqualTo(expected);
                        reads.incrementAndGet();
                    }
                }));
            }
            threads.forEach(Thread::start);
            for (int i = 0; i < 5; i++) {
                byte[] dropped = new byte[2 * OriginalStore.CHUNK_SIZE];
                new Random(i).nextBytes(dropped);
                long id = OriginalStoreTest.storeAsDocument(s, Files.write(dir.resolve("dropped-" + i + ".pdf"), dropped));
                long droppedOriginal = s.documents().importedFrom(id).orElseThrow();
                s.vault().write(c -> Jdbc.update(c, "DELETE FROM original_chunks WHERE original_id = ?", droppedOriginal));
                s.vault().compact();
            }
            compacting.set(false);
            for (Thread t : threads) {
                t.join();
            }
            assertThat(failures).isEmpty();
            assertThat(reads.get()).isPositive();
        }
    }

    private interface Body {
        void run() throws Exception;
    }

    private static Thread thread(String name, ConcurrentLinkedQueue<Throwable> failures, Body body) {
        return new Thread(() -> {
            try {
                body.run();
            } catch (Throwable t) {
                failures.add(t);
            }
        }, name);
    }

    private static String streamedSha256(OriginalStore originals, long originalId) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(originals.open(originalId), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
