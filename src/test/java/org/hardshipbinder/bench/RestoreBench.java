package org.hardshipbinder.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.model.MediaType;
import org.hardshipbinder.model.NewDocument;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.vault.Passphrase;
import org.hardshipbinder.vault.RestoreResult;
import org.hardshipbinder.vault.TrashRepository;
import org.hardshipbinder.wiring.Services;

/**
 * What a restore and a secure emptying of the trash cost. A vault with {@code bench.docs} originals of 2 MiB of random
 * bytes: backup, then restore (plain and encrypted, alternating); and deleting every document then emptying the trash
 * with secure_delete on and off (the emptying transaction and the compaction timed apart). -Dbench.docs=20 -Dbench.runs=3.
 */
public final class RestoreBench {

    public static void main(String[] args) throws Exception {
        int docs = Integer.getInteger("bench.docs", 20);
        int runs = Integer.getInteger("bench.runs", 3);
        Path dir = Files.createTempDirectory("restore-bench");
        Passphrase secret = Passphrase.of("a passphrase for the benchmark".toCharArray());
        List<Double> plain = new ArrayList<>();
        List<Double> encrypted = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            plain.add(restore(dir.resolve("plain" + run), docs, Passphrase.none()));
            encrypted.add(restore(dir.resolve("encrypted" + run), docs, secret));
        }
        System.out.printf("restore of a vault with %d MiB of originals: plain median %.0f ms, encrypted median %.0f ms (%d runs)%n",
                docs * 2, median(plain), median(encrypted), runs);
        List<double[]> on = new ArrayList<>();
        List<double[]> off = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            on.add(emptyTrash(dir.resolve("on" + run), docs, true));
            off.add(emptyTrash(dir.resolve("off" + run), docs, false));
        }
        System.out.printf("emptying a trash of %d MiB: transaction secure_delete on %.0f ms, off %.0f ms; compaction on %.0f ms, off %.0f ms%n",
                docs * 2, median(on.stream().map(t -> t[0]).toList()), median(off.stream().map(t -> t[0]).toList()),
                median(on.stream().map(t -> t[1]).toList()), median(off.stream().map(t -> t[1]).toList()));
    }

    private static double restore(Path root, int docs, Passphrase passphrase) throws Exception {
        Path vault = root.resolve("vault");
        Path backup = root.resolve("backup.sqlite");
        try (Services s = Services.open(vault, AccessMode.READ_WRITE, passphrase)) {
            fill(s, root, docs);
            s.backup().backupTo(backup);
        }
        long t = System.nanoTime();
        long start = t;
        RestoreResult result = Services.restorer().restore(vault, backup, passphrase, step -> {
            if (Boolean.getBoolean("bench.steps")) {
                System.out.printf("  %s at %.0f ms%n", step, (System.nanoTime() - start) / 1e6);
            }
        });
        double ms = (System.nanoTime() - t) / 1e6;
        if (!(result instanceof RestoreResult.Restored)) {
            throw new IllegalStateException("not restored: " + result);
        }
        return ms;
    }

    private static double[] emptyTrash(Path root, int docs, boolean secureDelete) throws Exception {
        try (Services s = Services.open(root.resolve("vault"), AccessMode.READ_WRITE)) {
            s.vault().write(c -> {
                try (var st = c.createStatement()) {
                    st.execute("PRAGMA secure_delete = " + (secureDelete ? "ON" : "OFF"));
                }
                return null;
            });
            List<Long> ids = fill(s, root, docs);
            for (long id : ids) {
                s.pageEdits().deleteDocument(id);
            }
            long caseId = s.cases().list().get(0).id();
            TrashRepository trash = new TrashRepository(s.vault(), Clock.systemUTC());
            long t = System.nanoTime();
            s.vault().write(c -> trash.empty(c, caseId));
            double transaction = (System.nanoTime() - t) / 1e6;
            t = System.nanoTime();
            s.vault().compact();
            return new double[] {transaction, (System.nanoTime() - t) / 1e6};
        }
    }

    private static List<Long> fill(Services s, Path root, int docs) throws Exception {
        long caseId = s.cases().create(CaseKind.I_601A, "Bench Applicant", null).id();
        Random random = new Random(1);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < docs; i++) {
            byte[] bytes = new byte[2 * 1024 * 1024];
            random.nextBytes(bytes);
            Path file = Files.write(Files.createDirectories(root.resolve("in")).resolve("scan" + i + ".pdf"), bytes);
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            ids.add(s.vault().write(c -> {
                long id = s.documents().insert(new NewDocument(caseId, file.getFileName().toString(), MediaType.PDF,
                        bytes.length, sha, null), 0);
                s.originals().store(s.documents().importedFrom(id).orElseThrow(), file);
                return id;
            }));
        }
        return ids;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
