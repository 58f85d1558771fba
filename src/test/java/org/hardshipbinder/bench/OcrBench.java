package org.hardshipbinder.bench;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.hardshipbinder.intake.ImportOptions;
import org.hardshipbinder.intake.ImportOutcome;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.model.PageText;
import org.hardshipbinder.ocr.Cer;
import org.hardshipbinder.ocr.GeneratedPages;
import org.hardshipbinder.ocr.OcrProgressListener;
import org.hardshipbinder.ocr.OcrRequest;
import org.hardshipbinder.ocr.OcrSummary;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.wiring.Services;

/**
 * OCR throughput and quality against the {@code tesseract} command line (OMP_THREAD_LIMIT=1, --oem 1) in the same
 * run on the same machine: wall time for N generated 300-dpi pages, and character error rate on the corpus files
 * that have ground truth. Needs the Debian package tesseract-ocr for the baseline.
 */
public final class OcrBench {

    static final int PAGES = Integer.getInteger("bench.pages", 6);
    static final Path CORPUS = Path.of(System.getProperty("hardshipbinder.corpus", "../shared/corpus"));

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("ocr-bench");
        try (Services services = Services.open(dir.resolve("vault"), AccessMode.READ_WRITE)) {
            long caseId = services.cases().create(CaseKind.I_601A, "Bench", null).id();
            throughput(services, caseId, dir);
            if (!Boolean.getBoolean("bench.throughputOnly")) {
                quality(services, caseId, dir);
            }
        }
    }

    static void throughput(Services services, long caseId, Path dir) throws Exception {
        String text = GeneratedPages.ENGLISH + " " + GeneratedPages.ENGLISH + " " + GeneratedPages.ENGLISH;
        List<Path> pages = new ArrayList<>();
        for (int i = 0; i <= PAGES; i++) {
            pages.add(png(GeneratedPages.letter(text, i), dir.resolve("page" + i + ".png")));
        }
        // Page 0 warms both up (natives, model load, disk cache); it is not timed.
        List<Long> ids = new ArrayList<>();
        for (Path p : pages) {
            ids.add(((ImportOutcome.Imported) services.importService().importFile(caseId, p, ImportOptions.defaults())).documentId());
        }
        services.ocr().run(OcrRequest.forDocuments(ids.subList(0, 1), 2), OcrProgressListener.NONE);
        int workers = services.ocr().defaultWorkers();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long t = System.nanoTime();
        OcrSummary summary = services.ocr().run(OcrRequest.forDocuments(ids.subList(1, ids.size()), workers),
                OcrProgressListener.NONE);
        double app = (System.nanoTime() - t) / 1e9;
        double appCpu = (os.getProcessCpuTime() - cpu) / 1e9;

        cli(pages.get(0), dir);
        double accuracyCli = 0;
        cliCpuSeconds = 0;
        t = System.nanoTime();
        List<String> cliTexts = new ArrayList<>();
        for (Path p : pages.subList(1, pages.size())) {
            cliTexts.add(cli(p, dir));
        }
        double baseline = (System.nanoTime() - t) / 1e9;
        double cliCpu = cliCpuSeconds;
        double accuracyApp = 0;
        for (int i = 1; i < ids.size(); i++) {
            accuracyApp += GeneratedPages.wordAccuracy(text, services.pageTexts().documentText(ids.get(i)));
            accuracyCli += GeneratedPages.wordAccuracy(text, cliTexts.get(i - 1));
        }
        System.out.printf("throughput: %d pages (~300 words, 300 dpi), %d cores, app %d workers %.1f s (%.2f s/page), "
                        + "tesseract CLI %.1f s (%.2f s/page), ratio app/CLI %.2f; word accuracy app %.1f %%, CLI %.1f %%; "
                        + "app failed %d%n", PAGES, Runtime.getRuntime().availableProcessors(), workers, app, app / PAGES,
                baseline, baseline / PAGES, app / baseline, 100 * accuracyApp / PAGES, 100 * accuracyCli / PAGES,
                summary.failed());
        System.out.printf("cpu time: app %.1f s (%.2f s/page), tesseract CLI %.1f s (%.2f s/page); app/CLI per page %.2f, "
                        + "so on %d otherwise idle cores the wall-time ratio would be about %.2f; load average %.1f%n",
                appCpu, appCpu / PAGES, cliCpu, cliCpu / PAGES, appCpu / cliCpu, workers,
                appCpu / cliCpu / workers, os.getSystemLoadAverage());
    }

    static double cliCpuSeconds;

    static void quality(Services services, long caseId, Path dir) throws Exception {
        if (!Files.isRegularFile(CORPUS.resolve("ocrmypdf/skew.pdf"))) {
            System.out.println("quality skipped: it reads the full public test corpus, not found at " + CORPUS
                    + " (set -Dhardshipbinder.corpus=DIR)");
            return;
        }
        Map<String, String> files = new LinkedHashMap<>();
        files.put("ocrmypdf/linn.png", "ocrmypdf/linn.txt");
        files.put("ocrmypdf/skew.pdf", "ocrmypdf/linn.txt");
        files.put("ocrmypdf/cardinal.pdf", "ocrmypdf/linn.txt");
        files.put("tesseract_js/testocr.png", "tesseract_js/testocr.gt.txt");
        files.put("tesseract_js/simple.png", "tesseract_js/simple.gt.txt");
        files.put("tesseract_js/simple-90.jpg", "tesseract_js/simple.gt.txt");
        files.put("tesseract_js/simple-180.jpg", "tesseract_js/simple.gt.txt");
        files.put("tesseract_js/simple-270.jpg", "tesseract_js/simple.gt.txt");
        files.put("tesseract_js/cosmic.png", "tesseract_js/cosmic.gt.txt");
        files.put("tesseract_js/chinese.png", "tesseract_js/chinese.gt.txt");
        Map<String, Long> ids = new LinkedHashMap<>();
        for (String f : files.keySet()) {
            ids.put(f, ((ImportOutcome.Imported) services.importService().importFile(caseId, CORPUS.resolve(f),
                    ImportOptions.defaults())).documentId());
        }
        services.ocr().run(OcrRequest.forDocuments(new ArrayList<>(ids.values()), 2), OcrProgressListener.NONE);
        System.out.println("| file | page | CER app | CER tesseract CLI |");
        System.out.println("|---|---|---|---|");
        for (Map.Entry<String, String> e : files.entrySet()) {
            String expected = Files.readString(CORPUS.resolve(e.getValue()), StandardCharsets.UTF_8);
            boolean chinese = e.getKey().contains("chinese");
            List<PageText> texts = services.pageTexts().forDocument(ids.get(e.getKey()));
            List<Path> images = cliImages(CORPUS.resolve(e.getKey()), dir);
            for (int i = 0; i < texts.size(); i++) {
                double app = Cer.of(expected, texts.get(i).text(), chinese);
                double cli = Cer.of(expected, cli(images.get(i), dir), chinese);
                System.out.printf("| %s | %d | %.4f | %.4f |%n", e.getKey(), i + 1, app, cli);
            }
        }
    }

    /** The tesseract command line needs images: PDF pages are rendered at 300 dpi gray, as the app does. */
    static List<Path> cliImages(Path file, Path dir) throws IOException {
        if (!file.toString().endsWith(".pdf")) {
            return List.of(file);
        }
        List<Path> images = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDFRenderer renderer = new PDFRenderer(pdf);
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                images.add(png(renderer.renderImageWithDPI(i, 300, ImageType.GRAY),
                        dir.resolve(file.getFileName() + "-" + (i + 1) + ".png")));
            }
        }
        return images;
    }

    static String cli(Path image, Path dir) throws Exception {
        Path out = dir.resolve("cli-out");
        // bash's "times" reports the child's user and system CPU seconds on its second line.
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", "tesseract \"$0\" \"$1\" --oem 1 -l eng >/dev/null 2>&1; "
                + "s=$?; times; exit $s", image.toString(), out.toString());
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        Process process = pb.start();
        List<String> times = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("tesseract failed on " + image);
        }
        for (String part : times.get(times.size() - 1).trim().split("\\s+")) {
            String[] ms = part.replace("s", "").split("m");
            cliCpuSeconds += Integer.parseInt(ms[0]) * 60 + Double.parseDouble(ms[1]);
        }
        return Files.readString(dir.resolve("cli-out.txt"), StandardCharsets.UTF_8);
    }

    /** Writes a PNG that says it is 300 dpi, as a scanner would. */
    static Path png(BufferedImage image, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
        IIOMetadataNode dimension = new IIOMetadataNode("Dimension");
        for (String name : List.of("HorizontalPixelSize", "VerticalPixelSize")) {
            IIOMetadataNode size = new IIOMetadataNode(name);
            size.setAttribute("value", Double.toString(25.4 / 300));
            dimension.appendChild(size);
        }
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_1.0");
        root.appendChild(dimension);
        metadata.mergeTree("javax_imageio_1.0", root);
        File target = file.toFile();
        target.delete();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(target)) {
            writer.setOutput(out);
            writer.write(new IIOImage(image, null, metadata));
        } finally {
            writer.dispose();
        }
        return file;
    }
}
