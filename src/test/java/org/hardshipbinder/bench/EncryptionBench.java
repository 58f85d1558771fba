package org.hardshipbinder.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hardshipbinder.binder.BinderOutcome;
import org.hardshipbinder.binder.BinderRequest;
import org.hardshipbinder.intake.ImportOptions;
import org.hardshipbinder.intake.ImportOutcome;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.ocr.OcrProgressListener;
import org.hardshipbinder.ocr.OcrRequest;
import org.hardshipbinder.search.SearchQuery;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.vault.KeyDerivation;
import org.hardshipbinder.vault.KeyParameters;
import org.hardshipbinder.vault.Passphrase;
import org.hardshipbinder.wiring.Services;

/**
 * What encryption at rest costs, plain and encrypted vaults side by side in one JVM, every measurement alternating
 * between the two so that machine noise falls on both: unlocking (Argon2id), import of a scanned PDF without OCR,
 * reading an original back, OCR of a short scan, import followed by OCR, building the binder of a case, and FTS5
 * search over {@link SearchBench}'s pages. Each figure is the median (and best) of the runs, wall time and the
 * process's CPU time (the calling thread's for search, whose queries take less than the process clock's tick). Search,
 * reading back and the binder are also timed right after a small write, which empties the readers' page caches (as
 * OCR's commits in the background do), so that every page they need is read and decrypted anew. Options: -Dbench.pages=300 (import) -Dbench.ocrPages=3 -Dbench.binderPages=100
 * -Dbench.runs=5 -Dbench.only=plain|encrypted (one mode alone, for its peak RSS).
 */
public final class EncryptionBench {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** One timed operation: wall and process CPU milliseconds. */
    private record Sample(double wall, double cpu) {
    }

    private interface Timed {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int pages = Integer.getInteger("bench.pages", 300);
        int ocrPages = Integer.getInteger("bench.ocrPages", 3);
        int binderPages = Integer.getInteger("bench.binderPages", 100);
        int runs = Integer.getInteger("bench.runs", 5);
        String only = System.getProperty("bench.only", "");
        Path dir = Files.createTempDirectory("encryption-bench");
        Path scan = dir.resolve("scan.pdf");
        Path shortScan = dir.resolve("short.pdf");
        Path binderScan = dir.resolve("binder.pdf");
        ScannedPdfGenerator.generate(scan, pages);
        ScannedPdfGenerator.generate(shortScan, ocrPages);
        ScannedPdfGenerator.generate(binderScan, binderPages);
        char[] secret = "a passphrase for the benchmark".toCharArray();

        List<Double> kdf = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            kdf.add(time(() -> KeyDerivation.derive(secret, KeyParameters.fresh())).wall());
        }
        System.out.printf("Argon2id (%d MiB, %d passes, %d lane): median %.0f ms over 3 runs, once per unlock%n",
                KeyParameters.MEMORY_KIB / 1024, KeyParameters.ITERATIONS, KeyParameters.PARALLELISM, median(kdf));

        Map<String, Services> modes = new LinkedHashMap<>();
        try {
            if (!only.equals("encrypted")) {
                modes.put("plain", Services.open(dir.resolve("plain"), AccessMode.READ_WRITE));
            }
            if (!only.equals("plain")) {
                modes.put("encrypted", Services.open(dir.resolve("encrypted"), AccessMode.READ_WRITE, Passphrase.of(secret.clone())));
            }
            Results results = new Results(modes.keySet());
            for (Services s : modes.values()) {
                SearchBench.fill(s); // first: it takes page ids 1 to 20,000
                for (String q : SearchBench.QUERIES) {
                    s.search().search(SearchQuery.of(q).limitedTo(20));
                }
            }
            for (int round = 0; round < runs; round++) {
                for (String q : SearchBench.QUERIES) {
                    for (var mode : modes.entrySet()) {
                        results.add("search, " + SearchBench.PAGES + " pages, one query, top 20", mode.getKey(),
                                timeOnThread(() -> mode.getValue().search().search(SearchQuery.of(q).limitedTo(20))));
                    }
                }
            }
            // A write empties every reader's page cache (SQLite sees the file changed), as OCR's commits do while the
            // user searches or builds a binder: then each page read is read (and on an encrypted vault decrypted) anew.
            for (int round = 0; round < runs; round++) {
                for (String q : SearchBench.QUERIES) {
                    for (var mode : modes.entrySet()) {
                        newCase(mode.getValue());
                        results.add("search right after a write, one query, top 20", mode.getKey(),
                                timeOnThread(() -> mode.getValue().search().search(SearchQuery.of(q).limitedTo(20))));
                    }
                }
            }
            for (Services s : modes.values()) {
                importOnce(s, newCase(s), scan); // warm-up: classes, natives, disk cache
            }
            Map<String, Long> lastImport = new LinkedHashMap<>();
            Map<String, Sample> importsTogether = new LinkedHashMap<>();
            for (int i = 0; i < runs; i++) {
                for (var mode : modes.entrySet()) {
                    long caseId = newCase(mode.getValue());
                    long[] id = new long[1];
                    Sample sample = time(() -> id[0] = importOnce(mode.getValue(), caseId, scan));
                    results.add("import, " + pages + "-page scan, no OCR", mode.getKey(), sample);
                    importsTogether.merge(mode.getKey(), sample, (a, b) -> new Sample(a.wall() + b.wall(), a.cpu() + b.cpu()));
                    lastImport.put(mode.getKey(), id[0]);
                }
            }
            // In WAL mode the pages reach the database at a checkpoint, every 1,000 pages (64 MiB): the median
            // import may miss it, the sum of all runs holds its share.
            importsTogether.forEach((mode, sum) -> results.add("the " + runs + " imports together", mode, sum));
            for (int i = 0; i < runs; i++) {
                for (var mode : modes.entrySet()) {
                    Services s = mode.getValue();
                    long original = s.documents().importedFrom(lastImport.get(mode.getKey())).orElseThrow();
                    results.add("read back that original (" + Files.size(scan) / (1 << 20) + " MiB, SHA-256)", mode.getKey(),
                            time(() -> s.originals().sha256(original).orElseThrow()));
                }
            }
            for (int i = 0; i < runs; i++) {
                for (var mode : modes.entrySet()) {
                    Services s = mode.getValue();
                    long original = s.documents().importedFrom(lastImport.get(mode.getKey())).orElseThrow();
                    newCase(s);
                    results.add("read back that original right after a write", mode.getKey(),
                            time(() -> s.originals().sha256(original).orElseThrow()));
                }
            }
            for (Services s : modes.values()) {
                s.ocr().run(OcrRequest.forDocuments(List.of(importOnce(s, newCase(s), shortScan)), 1), OcrProgressListener.NONE);
            }
            for (int i = 0; i < Math.max(3, runs / 2); i++) {
                for (var mode : modes.entrySet()) {
                    Services s = mode.getValue();
                    long caseId = newCase(s);
                    long[] id = new long[1];
                    Sample imported = time(() -> id[0] = importOnce(s, caseId, shortScan));
                    Sample ocr = time(() -> s.ocr().run(OcrRequest.forDocuments(List.of(id[0]), 1), OcrProgressListener.NONE));
                    results.add("OCR alone, " + ocrPages + "-page scan, 1 worker", mode.getKey(), ocr);
                    results.add("import + OCR, " + ocrPages + "-page scan", mode.getKey(),
                            new Sample(imported.wall() + ocr.wall(), imported.cpu() + ocr.cpu()));
                }
            }
            Map<String, Long> binderCases = new LinkedHashMap<>();
            for (var mode : modes.entrySet()) {
                Services s = mode.getValue();
                long caseId = newCase(s);
                importOnce(s, caseId, binderScan);
                s.binderPlans().plan(caseId);
                buildBinder(s, caseId, dir.resolve(mode.getKey() + "-warm.pdf"));
                binderCases.put(mode.getKey(), caseId);
            }
            for (int i = 0; i < Math.max(3, runs / 2); i++) {
                for (var mode : modes.entrySet()) {
                    Path out = dir.resolve(mode.getKey() + "-binder-" + i + ".pdf");
                    results.add("binder, " + binderPages + "-page case", mode.getKey(),
                            time(() -> buildBinder(mode.getValue(), binderCases.get(mode.getKey()), out)));
                    Files.deleteIfExists(out);
                }
            }
            for (int i = 0; i < Math.max(3, runs / 2); i++) {
                for (var mode : modes.entrySet()) {
                    Path out = dir.resolve(mode.getKey() + "-binder-after-write-" + i + ".pdf");
                    newCase(mode.getValue());
                    results.add("binder right after a write", mode.getKey(),
                            time(() -> buildBinder(mode.getValue(), binderCases.get(mode.getKey()), out)));
                    Files.deleteIfExists(out);
                }
            }
            results.print();
        } finally {
            modes.values().forEach(Services::close);
        }
        Path status = Path.of("/proc/self/status");
        if (Files.isReadable(status)) {
            Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM") || l.startsWith("VmRSS"))
                    .forEach(l -> System.out.println(String.join("+", modes.keySet()) + " " + l.replaceAll("\\s+", " ")));
        }
        try (var files = Files.walk(dir)) {
            files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static long newCase(Services services) {
        return services.cases().create(CaseKind.I_601A, "Bench", null).id();
    }

    private static long importOnce(Services services, long caseId, Path pdf) {
        ImportOutcome outcome = services.importService().importFile(caseId, pdf, ImportOptions.defaults());
        if (!(outcome instanceof ImportOutcome.Imported imported)) {
            throw new IllegalStateException("not imported: " + outcome);
        }
        return imported.documentId();
    }

    private static void buildBinder(Services services, long caseId, Path out) {
        BinderOutcome outcome = services.binderBuilder().build(caseId, new BinderRequest(out, null, null));
        if (!(outcome instanceof BinderOutcome.Built)) {
            throw new IllegalStateException("binder not built: " + outcome);
        }
    }

    private static Sample time(Timed work) throws Exception {
        long cpu = OS.getProcessCpuTime();
        long t = System.nanoTime();
        work.run();
        return new Sample((System.nanoTime() - t) / 1e6, (OS.getProcessCpuTime() - cpu) / 1e6);
    }

    /** For work done on the calling thread only (a query): its CPU time, to the microsecond. */
    private static Sample timeOnThread(Timed work) throws Exception {
        var threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        work.run();
        return new Sample((System.nanoTime() - t) / 1e6, (threads.getCurrentThreadCpuTime() - cpu) / 1e6);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** Samples per operation and mode, printed as a side-by-side table. */
    private static final class Results {
        private final List<String> modes;
        private final Map<String, Map<String, List<Sample>>> byOperation = new LinkedHashMap<>();

        Results(java.util.Collection<String> modes) {
            this.modes = List.copyOf(modes);
        }

        void add(String operation, String mode, Sample sample) {
            byOperation.computeIfAbsent(operation, k -> new LinkedHashMap<>()).computeIfAbsent(mode, k -> new ArrayList<>()).add(sample);
        }

        void print() {
            System.out.println("| operation | " + String.join(" | ", modes.stream().map(m -> m + " wall (best) / CPU, ms").toList())
                    + (modes.size() == 2 ? " | ratio wall (best) / CPU | runs |" : " | runs |"));
            byOperation.forEach((operation, samples) -> {
                StringBuilder row = new StringBuilder("| " + operation + " |");
                List<double[]> stats = new ArrayList<>();
                for (String mode : modes) {
                    List<Sample> s = samples.get(mode);
                    double wall = median(s.stream().map(Sample::wall).toList());
                    double best = Collections.min(s.stream().map(Sample::wall).toList());
                    double cpu = median(s.stream().map(Sample::cpu).toList());
                    stats.add(new double[] {wall, best, cpu});
                    row.append(String.format(" %s (%s) / %s |", fmt(wall), fmt(best), fmt(cpu)));
                }
                if (stats.size() == 2) {
                    row.append(String.format(" %.2f× (%.2f×) / %.2f× |", stats.get(1)[0] / stats.get(0)[0],
                            stats.get(1)[1] / stats.get(0)[1], stats.get(1)[2] / stats.get(0)[2]));
                }
                row.append(" ").append(samples.get(modes.get(0)).size()).append(" |");
                System.out.println(row);
            });
        }

        private static String fmt(double ms) {
            return ms < 20 ? String.format("%.2f", ms) : String.format("%.0f", ms);
        }
    }
}
