package org.hardshipbinder.bench;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.hardshipbinder.binder.BinderOutcome;
import org.hardshipbinder.binder.BinderRequest;
import org.hardshipbinder.intake.ImportOptions;
import org.hardshipbinder.intake.ImportOutcome;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.model.Page;
import org.hardshipbinder.model.PageText;
import org.hardshipbinder.model.TextOrigin;
import org.hardshipbinder.model.Word;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.wiring.Services;

/**
 * Binder speed and memory against qpdf merging the same originals. Originals: half scanned PDFs (one 200-dpi JPEG
 * per page, each with ~300 OCR words stored in the vault) and half born-digital text PDFs, 1–9 pages each. Each
 * binder is built in a child JVM with -Xmx512m that reports its build time and peak memory.
 * Run: ./mvnw -Pbench -q test-compile exec:java -Dbench.main=org.hardshipbinder.bench.BinderBenchmark
 */
public final class BinderBenchmark {

    private static final int[] SIZES = sizes(System.getProperty("bench.sizes", "250,500,1000"));
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 1);

    private BinderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("child")) {
            child(Path.of(args[1]), Long.parseLong(args[2]), Path.of(args[3]));
            return;
        }
        // -Dbench.keep=DIR keeps the generated originals and vault in DIR and reuses them on the next run.
        String keep = System.getProperty("bench.keep");
        Path work = keep == null ? Files.createTempDirectory("binder-bench") : Path.of(keep);
        Path vaultDir = work.resolve("vault");
        boolean reuse = keep != null && Files.isDirectory(vaultDir);
        List<Path> originals = reuse ? existing(work.resolve("originals")) : generate(work.resolve("originals"), 1000);
        List<long[]> cases = new ArrayList<>();
        try (Services services = Services.open(vaultDir, AccessMode.READ_WRITE)) {
            for (int size : SIZES) {
                cases.add(new long[] {reuse ? existingCase(services, size) : createCase(services, originals, size), size});
            }
        }
        System.out.printf(Locale.ROOT, "%-6s %-10s %-10s %-7s %-12s %-12s %-10s %-7s%n", "pages", "qpdf ms", "binder ms", "ratio",
                "peak RSS MB", "peak heap MB", "again ms", "ratio");
        for (long[] c : cases) {
            int size = (int) c[1];
            List<Path> files = firstPages(originals, size);
            long qpdf = Long.MAX_VALUE;
            long[] best = null;
            for (int round = 0; round < ROUNDS; round++) {
                qpdf = Math.min(qpdf, qpdf(files, work.resolve("qpdf-" + size + ".pdf")));
                long[] run = runChild(vaultDir, c[0], work.resolve("binder-" + size + ".pdf"));
                best = best == null || run[0] < best[0] ? run : best;
            }
            System.out.flush();
            System.out.printf(Locale.ROOT, "%-6d %-10d %-10d %-7.2f %-12.0f %-12.0f %-10d %-7.2f%n", size, qpdf, best[0],
                    best[0] / (double) qpdf, best[1] / 1048576.0, best[2] / 1048576.0, best[3], best[3] / (double) qpdf);
        }
        if (keep == null) {
            deleteTree(work);
        }
    }

    private static int[] sizes(String list) {
        return java.util.Arrays.stream(list.split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray();
    }

    private static List<Path> existing(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            // Generation order: the number after the dash (scanned and born-digital alternate).
            return files.sorted(java.util.Comparator.comparing(f -> f.getFileName().toString().replaceAll("^\\D+", "")))
                    .toList();
        }
    }

    private static long existingCase(Services services, int pages) {
        return services.cases().list().stream().filter(c -> c.title().equals("bench " + pages)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no case for " + pages + " pages in the kept vault"))
                .id();
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The originals that make up the first {@code pages} pages (documents alternate scanned / born-digital). */
    private static List<Path> firstPages(List<Path> originals, int pages) throws IOException {
        List<Path> result = new ArrayList<>();
        int total = 0;
        for (Path p : originals) {
            if (total >= pages) {
                break;
            }
            try (PDDocument d = org.apache.pdfbox.Loader.loadPDF(p.toFile())) {
                total += d.getNumberOfPages();
            }
            result.add(p);
        }
        return result;
    }

    private static long createCase(Services services, List<Path> originals, int pages) throws IOException {
        long caseId = services.cases().create(CaseKind.I_601A, "Bench Applicant", "bench " + pages).id();
        for (Path file : firstPages(originals, pages)) {
            ImportOutcome outcome = services.importService().importFile(caseId, file, ImportOptions.defaults());
            if (!(outcome instanceof ImportOutcome.Imported imported)) {
                throw new IllegalStateException("bench import failed: " + outcome);
            }
            if (file.getFileName().toString().startsWith("scan")) {
                for (Page page : services.pages().listForDocument(imported.documentId())) {
                    services.pageTexts().save(ocr(page.id(), new Random(page.id())));
                }
            }
        }
        return caseId;
    }

    private static PageText ocr(long pageId, Random random) {
        List<Word> words = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int line = 0; line < 30; line++) {
            for (int w = 0; w < 10; w++) {
                String word = "word" + random.nextInt(10000);
                words.add(new Word(word, 0.08 + w * 0.085, 0.08 + line * 0.028, 0.07, 0.018, 90));
                text.append(word).append(' ');
            }
            text.append('\n');
        }
        return new PageText(pageId, text.toString(), TextOrigin.OCR, "bench", "en", 90.0, words);
    }

    private static List<Path> generate(Path dir, int pages) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        Random random = new Random(42);
        int total = 0;
        for (int i = 0; total < pages; i++) {
            int n = 1 + random.nextInt(9);
            boolean scanned = i % 2 == 0;
            Path file = dir.resolve(String.format(Locale.ROOT, "%s-%04d.pdf", scanned ? "scan" : "digital", i));
            try (PDDocument doc = new PDDocument()) {
                for (int p = 0; p < n; p++) {
                    PDPage page = new PDPage(PDRectangle.LETTER);
                    doc.addPage(page);
                    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                        if (scanned) {
                            cs.drawImage(JPEGFactory.createFromImage(doc, scan(random), 0.75f), 0, 0, 612, 792);
                        } else {
                            text(cs, random);
                        }
                    }
                }
                doc.save(file.toFile());
            }
            files.add(file);
            total += n;
        }
        return files;
    }

    private static BufferedImage scan(Random random) {
        BufferedImage image = new BufferedImage(1700, 2200, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(235, 235, 235));
        g.fillRect(0, 0, 1700, 2200);
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 34));
        for (int line = 0; line < 45; line++) {
            StringBuilder s = new StringBuilder();
            for (int w = 0; w < 10; w++) {
                s.append("word").append(random.nextInt(10000)).append(' ');
            }
            g.drawString(s.toString(), 140, 180 + line * 44);
        }
        for (int i = 0; i < 8000; i++) {
            g.fillRect(random.nextInt(1700), random.nextInt(2200), 2, 2);
        }
        g.dispose();
        return image;
    }

    private static void text(PDPageContentStream cs, Random random) throws IOException {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 11);
        cs.newLineAtOffset(72, 720);
        for (int line = 0; line < 50; line++) {
            StringBuilder s = new StringBuilder();
            for (int w = 0; w < 12; w++) {
                s.append("text").append(random.nextInt(10000)).append(' ');
            }
            cs.showText(s.toString());
            cs.newLineAtOffset(0, -13);
        }
        cs.endText();
    }

    private static long qpdf(List<Path> files, Path out) throws Exception {
        List<String> command = new ArrayList<>(List.of("qpdf", "--empty", "--pages"));
        files.forEach(f -> command.add(f.toString()));
        command.addAll(List.of("--", out.toString()));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("qpdf failed");
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Returns build ms, peak RSS bytes and peak heap bytes reported by the child. */
    private static long[] runChild(Path vault, long caseId, Path out) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + System.getProperty("bench.childHeap", "512m"), "-cp", classpath(), BinderBenchmark.class.getName(), "child", vault.toString(),
                Long.toString(caseId), out.toString()));
        // -Dbench.childJvm="..." adds options to the child JVM (a profiler, GC logging).
        String extra = System.getProperty("bench.childJvm", "").strip();
        if (!extra.isEmpty()) {
            command.addAll(1, List.of(extra.split("\\s+")));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
        process.getErrorStream().transferTo(java.io.OutputStream.nullOutputStream());
        String result = new String(process.getInputStream().readAllBytes()).strip();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("child failed: " + result);
        }
        String[] parts = result.lines().reduce((a, b) -> b).orElseThrow().split(" ");
        return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]),
                Long.parseLong(parts[3])};
    }

    private static String classpath() {
        ClassLoader loader = BinderBenchmark.class.getClassLoader();
        if (loader instanceof URLClassLoader urls) {
            List<String> entries = new ArrayList<>();
            for (URL url : urls.getURLs()) {
                entries.add(url.getPath());
            }
            return String.join(File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }

    private static void child(Path vault, long caseId, Path out) throws Exception {
        try (Services services = Services.open(vault, AccessMode.READ_WRITE)) {
            services.binderPlans().plan(caseId);
            long ms = timedBuild(services, caseId, out);
            long heap = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    heap += pool.getPeakUsage().getUsed();
                }
            }
            long rss = peakRss();
            // The same binder again in the same process (memory already taken above): what a user who builds it a
            // second time in the running app waits.
            long again = timedBuild(services, caseId, out.resolveSibling("again-" + out.getFileName()));
            System.out.println(ms + " " + rss + " " + heap + " " + again);
        }
    }

    private static long timedBuild(Services services, long caseId, Path out) {
        long start = System.nanoTime();
        BinderOutcome outcome = services.binderBuilder().build(caseId, new BinderRequest(out, null, null));
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (!(outcome instanceof BinderOutcome.Built)) {
            throw new IllegalStateException(outcome.toString());
        }
        return ms;
    }

    private static long peakRss() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        return -1;
    }
}
