package org.hardshipbinder.bench;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hardshipbinder.app.Launcher;

/**
 * Import of a 500-page scanned PDF ({@code import --no-ocr}, fresh vault, child JVM with -Xmx512m) against
 * {@code qpdf in.pdf out.pdf} on the same file in the same run. Wall time of whole processes (startup included for
 * both), median of several runs, and each process's peak resident memory (VmHWM) sampled from /proc.
 *
 * <p>Run: {@code ./mvnw -Pbench -q test-compile exec:java -Dbench.main=org.hardshipbinder.bench.ImportBenchmark}
 * (needs the {@code qpdf} command). Options: {@code -Dbench.pages=500 -Dbench.runs=5 -Dbench.dir=target/bench}.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    /** One timed process: wall and CPU (user + system) milliseconds, peak RSS in MB, exit code. */
    record Run(long millis, long cpuMillis, long peakRssMb, int exit) {
    }

    public static void main(String[] args) throws Exception {
        int pages = Integer.getInteger("bench.pages", 500);
        int runs = Integer.getInteger("bench.runs", 5);
        Path work = Files.createDirectories(Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath());
        Path pdf = work.resolve("scan-" + pages + ".pdf");
        if (!Files.exists(pdf)) {
            long t = System.nanoTime();
            ScannedPdfGenerator.generate(pdf, pages);
            System.out.printf("generated %s in %.1f s%n", pdf.getFileName(), (System.nanoTime() - t) / 1e9);
        }
        long size = Files.size(pdf);
        System.out.printf("input: %d pages, %.1f MB (%.0f KB/page), 300 dpi black-and-white CCITT G4 scans%n",
                pages, size / 1e6, size / 1024.0 / pages);
        String classpath = classpath();

        List<Run> qpdf = new ArrayList<>();
        List<Run> imports = new ArrayList<>();
        List<long[]> warm = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Path out = work.resolve("qpdf-out.pdf");
            qpdf.add(time(List.of("qpdf", pdf.toString(), out.toString())));
            Files.deleteIfExists(out);

            Path vault = work.resolve("vault-" + i);
            deleteTree(vault);
            Run created = time(javaCommand(classpath, "--vault", vault.toString(), "case", "create", "--kind", "I-601A",
                    "--applicant", "Benchmark"));
            check(created, 0, "case create");
            Run imported = time(javaCommand(classpath, "--vault", vault.toString(), "import", "--case", "1", "--no-ocr", pdf.toString()));
            check(imported, 0, "import");
            imports.add(imported);
            Path warmVault = work.resolve("warm-" + i);
            deleteTree(warmVault);
            warm.add(warm(classpath, warmVault, pdf));
            deleteTree(warmVault);
            System.out.printf("run %d: warm in-process import %d ms wall, %d ms cpu%n", i + 1, warm.get(i)[0], warm.get(i)[1]);
            System.out.printf("run %d: qpdf %d ms wall, %d ms cpu, %d MB; import %d ms wall, %d ms cpu, %d MB%n", i + 1,
                    qpdf.get(i).millis(), qpdf.get(i).cpuMillis(), qpdf.get(i).peakRssMb(), imported.millis(),
                    imported.cpuMillis(), imported.peakRssMb());
            deleteTree(vault);
        }
        long qpdfMedian = median(qpdf, Run::millis);
        long importMedian = median(imports, Run::millis);
        System.out.printf("median wall: qpdf %d ms, import %d ms, ratio %.2fx (target <= 3x)%n", qpdfMedian, importMedian,
                importMedian / (double) qpdfMedian);
        long qpdfCpu = median(qpdf, Run::cpuMillis);
        long importCpu = median(imports, Run::cpuMillis);
        System.out.printf("median cpu:  qpdf %d ms, import %d ms, ratio %.2fx%n", qpdfCpu, importCpu, importCpu / (double) qpdfCpu);
        long warmWall = warm.stream().mapToLong(w -> w[0]).sorted().toArray()[warm.size() / 2];
        long warmCpu = warm.stream().mapToLong(w -> w[1]).sorted().toArray()[warm.size() / 2];
        System.out.printf("median warm (running app): import %d ms wall (%.2fx qpdf), %d ms cpu (%.2fx qpdf)%n", warmWall,
                warmWall / (double) qpdfMedian, warmCpu, warmCpu / (double) qpdfCpu);
        System.out.printf("peak RSS: import max %d MB (target < 512 MB, heap capped at -Xmx512m), qpdf max %d MB%n",
                imports.stream().mapToLong(Run::peakRssMb).max().orElse(0), qpdf.stream().mapToLong(Run::peakRssMb).max().orElse(0));
    }

    /** Runs {@link WarmImport} in a child JVM with the same heap cap; returns {wall ms, cpu ms} of the timed import. */
    private static long[] warm(String classpath, Path vault, Path pdf) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Djava.awt.headless=true", "-cp", classpath, WarmImport.class.getName(), vault.toString(), pdf.toString())
                .redirectErrorStream(true).start();
        String line = new String(process.getInputStream().readAllBytes()).lines().filter(l -> l.startsWith("warm "))
                .findFirst().orElseThrow(() -> new IllegalStateException("warm import failed"));
        process.waitFor();
        String[] parts = line.split(" ");
        return new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])};
    }

    private static List<String> javaCommand(String classpath, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.awt.headless=true", "-cp", classpath, Launcher.class.getName()));
        command.addAll(Arrays.asList(args));
        return command;
    }

    /** Under exec:java the project's classpath is the context class loader's, not java.class.path. */
    private static String classpath() throws URISyntaxException {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader instanceof URLClassLoader urls && urls.getURLs().length > 0) {
            List<String> entries = new ArrayList<>();
            for (URL url : urls.getURLs()) {
                entries.add(Path.of(url.toURI()).toString());
            }
            return String.join(File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }

    /**
     * Runs the command under bash so that bash's {@code times} reports the child's user and system CPU time after it
     * exits; peak RSS is sampled from the child's /proc entry while it runs.
     */
    private static Run time(List<String> command) throws IOException, InterruptedException {
        List<String> wrapped = new ArrayList<>(List.of("bash", "-c", "\"$@\" >/dev/null 2>&1; rc=$?; times; exit $rc", "bench"));
        wrapped.addAll(command);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(wrapped).redirectErrorStream(true).start();
        long peakKb = 0;
        while (!process.waitFor(20, TimeUnit.MILLISECONDS)) {
            for (ProcessHandle child : process.descendants().toList()) {
                peakKb = Math.max(peakKb, highWaterMarkKb(Path.of("/proc", String.valueOf(child.pid()), "status")));
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        List<String> times = new String(process.getInputStream().readAllBytes()).lines().toList();
        return new Run(millis, cpuMillis(times.get(times.size() - 1)), peakKb / 1024, process.exitValue());
    }

    /** Parses bash's {@code times} line for children: "0m1.696s 0m0.192s". */
    static long cpuMillis(String line) {
        long total = 0;
        for (String part : line.trim().split("\\s+")) {
            String[] minutesSeconds = part.replace("s", "").split("m");
            total += Math.round((Long.parseLong(minutesSeconds[0]) * 60 + Double.parseDouble(minutesSeconds[1])) * 1000);
        }
        return total;
    }

    /** VmHWM: the most resident memory the process has had so far. */
    private static long highWaterMarkKb(Path status) {
        try (Stream<String> lines = Files.lines(status)) {
            return lines.filter(l -> l.startsWith("VmHWM:")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).orElse(0L);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    private static long median(List<Run> runs, java.util.function.ToLongFunction<Run> measure) {
        List<Long> sorted = runs.stream().map(measure::applyAsLong).sorted().collect(Collectors.toList());
        return sorted.get(sorted.size() / 2);
    }

    private static void check(Run run, int expected, String what) {
        if (run.exit() != expected) {
            throw new IllegalStateException(what + " exited " + run.exit());
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
