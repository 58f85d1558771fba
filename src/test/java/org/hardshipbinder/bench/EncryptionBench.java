package org.hardshipbinder.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hardshipbinder.intake.ImportOptions;
import org.hardshipbinder.intake.ImportOutcome;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.search.SearchQuery;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.vault.KeyDerivation;
import org.hardshipbinder.vault.KeyParameters;
import org.hardshipbinder.vault.Passphrase;
import org.hardshipbinder.wiring.Services;

/**
 * What encryption at rest costs, plain and encrypted side by side in one JVM, alternating so that machine noise falls
 * on both: the Argon2id key derivation, the import of a scanned PDF (no OCR), and FTS5 search over
 * {@link SearchBench}'s pages. Options: -Dbench.pages=100 (PDF pages) -Dbench.runs=5.
 */
public final class EncryptionBench {

    public static void main(String[] args) throws Exception {
        int pages = Integer.getInteger("bench.pages", 100);
        int runs = Integer.getInteger("bench.runs", 5);
        Path dir = Files.createTempDirectory("encryption-bench");
        Path pdf = dir.resolve("scan.pdf");
        ScannedPdfGenerator.generate(pdf, pages);
        Passphrase passphrase = Passphrase.of("a passphrase for the benchmark".toCharArray());

        List<Double> kdf = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            KeyDerivation.derive("a passphrase for the benchmark".toCharArray(), KeyParameters.fresh());
            kdf.add((System.nanoTime() - t) / 1e6);
        }
        System.out.printf("Argon2id (%d MiB, %d passes, %d lane): median %.0f ms over %d runs%n",
                KeyParameters.MEMORY_KIB / 1024, KeyParameters.ITERATIONS, KeyParameters.PARALLELISM, median(kdf), runs);

        List<Double> importPlain = new ArrayList<>();
        List<Double> importEncrypted = new ArrayList<>();
        List<Double> searchPlain = new ArrayList<>();
        List<Double> searchEncrypted = new ArrayList<>();
        try (Services plain = Services.open(dir.resolve("plain"), AccessMode.READ_WRITE);
             Services encrypted = Services.open(dir.resolve("encrypted"), AccessMode.READ_WRITE, passphrase)) {
            importOnce(plain, pdf);
            importOnce(encrypted, pdf);
            for (int i = 0; i < runs; i++) {
                importPlain.add(importOnce(plain, pdf));
                importEncrypted.add(importOnce(encrypted, pdf));
            }
            SearchBench.fill(plain);
            SearchBench.fill(encrypted);
            for (int round = 0; round < runs; round++) {
                for (String q : SearchBench.QUERIES) {
                    searchPlain.add(searchOnce(plain, q));
                    searchEncrypted.add(searchOnce(encrypted, q));
                }
            }
        }
        report("import of a " + pages + "-page scanned PDF (no OCR)", importPlain, importEncrypted, "ms");
        report("search over " + SearchBench.PAGES + " pages, median query", searchPlain, searchEncrypted, "ms");
        Path status = Path.of("/proc/self/status");
        if (Files.isReadable(status)) {
            Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM")).forEach(l -> System.out.println("peak RSS " + l));
        }
        try (var files = Files.walk(dir)) {
            files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static double importOnce(Services services, Path pdf) {
        long caseId = services.cases().create(CaseKind.I_601A, "Bench", null).id();
        long t = System.nanoTime();
        ImportOutcome outcome = services.importService().importFile(caseId, pdf, ImportOptions.defaults());
        double ms = (System.nanoTime() - t) / 1e6;
        if (!(outcome instanceof ImportOutcome.Imported)) {
            throw new IllegalStateException("not imported: " + outcome);
        }
        return ms;
    }

    private static double searchOnce(Services services, String query) {
        long t = System.nanoTime();
        services.search().search(SearchQuery.of(query).limitedTo(20));
        return (System.nanoTime() - t) / 1e6;
    }

    private static void report(String what, List<Double> plain, List<Double> encrypted, String unit) {
        double p = median(plain);
        double e = median(encrypted);
        System.out.printf("%s: plain %.2f %s, encrypted %.2f %s, ratio %.2fx (%d runs each)%n", what, p, unit, e, unit, e / p,
                plain.size());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
