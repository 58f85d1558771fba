package org.hardshipbinder.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.wiring.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup is one consistent snapshot even while another thread keeps writing. */
class VaultBackupTest {

    @TempDir
    Path dir;

    @Test
    void backupWhileAnotherConnectionWritesIsConsistentAndOpens() throws Exception {
        Path backup = dir.resolve("copies").resolve("backup.sqlite");
        try (Services s = Services.open(dir.resolve("vault"), AccessMode.READ_WRITE)) {
            Case c = s.cases().create(CaseKind.I_601A, "Ana", null);
            byte[] bytes = new byte[2 * OriginalStore.CHUNK_SIZE + 5];
            new java.util.Random(1).nextBytes(bytes);
            OriginalStoreTest.storeAsDocument(s, Files.write(dir.resolve("doc.bin"), bytes));

            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger written = new AtomicInteger();
            AtomicReference<Throwable> writerFailure = new AtomicReference<>();
            CountDownLatch started = new CountDownLatch(5);
            Thread writer = new Thread(() -> {
                try {
                    while (!stop.get()) {
                        s.people().add(c.id(), "Person " + written.incrementAndGet(), org.hardshipbinder.model.Role.OTHER, null, null, null);
                        started.countDown();
                    }
                } catch (Throwable t) {
                    writerFailure.set(t);
                }
            });
            writer.start();
            started.await();
            // Back up until at least one backup ran while rows were being written (a few rounds on a busy machine).
            boolean overlapped = false;
            for (int i = 0; i < 50 && !overlapped; i++) {
                int before = written.get();
                s.backup().backupTo(backup);
                overlapped = written.get() > before;
            }
            int whileBackingUp = written.get();
            stop.set(true);
            writer.join();

            assertThat(writerFailure.get()).isNull();
            assertThat(overlapped).as("a backup ran while the other thread was writing").isTrue();
            assertThat(whileBackingUp).isGreaterThan(5);
            assertThat(backup.resolveSibling("backup.sqlite.partial")).doesNotExist();
        }

        // The copy is a vault of its own: it opens, passes verify, and holds a prefix of what was written.
        Path restored = Files.createDirectories(dir.resolve("restored"));
        Files.copy(backup, restored.resolve(VaultLocation.FILE_NAME));
        try (Services r = Services.open(restored, AccessMode.READ_WRITE)) {
            assertThat(r.verifier().verify()).isEmpty();
            assertThat(r.documents().listAll()).hasSize(1);
            var people = r.people().listForCase(1);
            assertThat(people).isNotEmpty();
            for (int i = 0; i < people.size(); i++) {
                assertThat(people.get(i).name()).isEqualTo("Person " + (i + 1));
            }
            long audited = r.vault().read(c -> Jdbc.count(c, "SELECT count(*) FROM audit_log WHERE action = 'person.add'"));
            assertThat(audited).isEqualTo(people.size());
        }
    }
}
