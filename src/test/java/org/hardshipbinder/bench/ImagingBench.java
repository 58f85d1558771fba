package org.hardshipbinder.bench;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.hardshipbinder.imaging.GeneratedPhotos;
import org.hardshipbinder.imaging.PhotoCleaner;
import org.hardshipbinder.imaging.PhotoSignals;
import org.hardshipbinder.imaging.Quad;
import org.hardshipbinder.intake.ImportOptions;
import org.hardshipbinder.intake.ImportOutcome;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.ocr.EngineProvider;
import org.hardshipbinder.ocr.GeneratedPages;
import org.hardshipbinder.ocr.OcrEngine;
import org.hardshipbinder.ocr.OcrRequest;
import org.hardshipbinder.ocr.TesseractEngines;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.wiring.Services;

/**
 * Two costs of upright, clean pages. (1) Photo clean-up per page against the OCR of the same cleaned page, on
 * generated phone photos and on every JPEG/PNG of the folders named by {@code -Dbench.photos=DIR,DIR}. (2) What the
 * orientation search adds: a page's whole reading (import, OCR, store) upright and turned 90/180/270, for a 300-dpi
 * letter and for a 640 × 480 picture. Best of {@code -Dbench.rounds} (default 3); {@code -Dbench.part=cleanup} or
 * {@code orientation} runs one part.
 */
public final class ImagingBench {

    static final int ROUNDS = Integer.getInteger("bench.rounds", 3);

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("imaging-bench");
        String part = System.getProperty("bench.part", "all");
        if (!part.equals("orientation")) {
            cleanupAgainstOcr(dir);
        }
        if (!part.equals("cleanup")) {
            orientationCost(dir);
        }
    }

    static void cleanupAgainstOcr(Path dir) throws Exception {
        List<Path> photos = new ArrayList<>();
        for (int seed = 1; seed <= 2; seed++) {
            Path file = dir.resolve("generated-" + seed + ".jpg");
            Quad paper = new Quad(new double[] {230 + 30 * seed, 1270, 1350, 150}, new double[] {262, 212, 1813, 1771});
            ImageIO.write(GeneratedPhotos.photo(1500, 2000, paper, seed), "jpeg", file.toFile());
            photos.add(file);
        }
        for (String folder : System.getProperty("bench.photos", "").split(",")) {
            if (!folder.isBlank()) {
                try (var files = Files.list(Path.of(folder))) {
                    files.filter(f -> f.toString().matches("(?i).*\\.(jpe?g|png)$")).sorted().forEach(photos::add);
                }
            }
        }
        PhotoCleaner cleaner = new PhotoCleaner();
        EngineProvider.Ready ready = (EngineProvider.Ready) new TesseractEngines(dir.resolve("tessdata"), null).prepare();
        System.out.println("photo | pixels | clean-up ms (CPU) | OCR of the cleaned page ms (CPU) | clean-up / OCR");
        try (OcrEngine engine = ready.engines().get()) {
            engine.recognize(gray(GeneratedPages.letter(GeneratedPages.ENGLISH, 1)), 300, "eng");
            for (Path file : photos) {
                BufferedImage photo = ImageIO.read(file.toFile());
                PhotoSignals signals = PhotoSignals.of(file);
                long clean = Long.MAX_VALUE;
                PhotoCleaner.Cleaned cleaned = null;
                for (int r = 0; r < ROUNDS; r++) {
                    long t = cpu();
                    cleaned = cleaner.clean(photo, signals).orElse(null);
                    clean = Math.min(clean, cpu() - t);
                }
                if (cleaned == null) {
                    System.out.printf(Locale.ROOT, "%s | %dx%d | %.0f | not a photo on a darker surface%n",
                            file.getFileName(), photo.getWidth(), photo.getHeight(), clean / 1e6);
                    continue;
                }
                BufferedImage page = gray(cleaned.image());
                int dpi = (int) (Math.min(page.getWidth(), page.getHeight()) / 8.5);
                long t = cpu();
                engine.recognize(page, dpi, "eng");
                long ocr = cpu() - t;
                System.out.printf(Locale.ROOT, "%s | %dx%d | %.0f | %.0f | %.2f%n", file.getFileName(),
                        photo.getWidth(), photo.getHeight(), clean / 1e6, ocr / 1e6, (double) clean / ocr);
            }
        }
    }

    static void orientationCost(Path dir) throws Exception {
        BufferedImage letter = GeneratedPages.letter(GeneratedPages.ENGLISH, 3);
        BufferedImage small = GeneratedPages.smallPicture(GeneratedPages.ENGLISH, 640, 480, 15, 3);
        System.out.println("page | turn | OCR wall ms | OCR CPU ms | × upright");
        try (Services services = Services.open(dir.resolve("vault"), AccessMode.READ_WRITE)) {
            long caseId = services.cases().create(CaseKind.I_601A, "Bench", null).id();
            for (var entry : List.of(java.util.Map.entry("letter 300 dpi", letter), java.util.Map.entry("640x480", small))) {
                double upright = 0;
                for (int turn : new int[] {0, 90, 180, 270}) {
                    long best = Long.MAX_VALUE;
                    long bestCpu = Long.MAX_VALUE;
                    for (int r = 0; r < ROUNDS; r++) {
                        Path file = dir.resolve(entry.getKey().replace(' ', '-') + "-" + turn + "-" + r + ".png");
                        BufferedImage image = turn(entry.getValue(), turn);
                        BufferedImage unique = new BufferedImage(image.getWidth(), image.getHeight(), image.getType());
                        unique.setData(image.getData());
                        // One pixel differs per round, so the vault does not refuse the file as already imported.
                        unique.getRaster().setSample(r, 0, 0, 200 - r);
                        ImageIO.write(unique, "png", file.toFile());
                        long id = ((ImportOutcome.Imported) services.importService().importFile(caseId, file,
                                ImportOptions.defaults())).documentId();
                        long wall = System.nanoTime();
                        long cpu = totalCpu();
                        services.ocr().run(OcrRequest.forDocuments(List.of(id), 1), p -> { });
                        best = Math.min(best, System.nanoTime() - wall);
                        bestCpu = Math.min(bestCpu, totalCpu() - cpu);
                    }
                    if (turn == 0) {
                        upright = bestCpu;
                    }
                    System.out.printf(Locale.ROOT, "%s | %d | %.0f | %.0f | %.2f%n", entry.getKey(), turn, best / 1e6,
                            bestCpu / 1e6, bestCpu / upright);
                }
            }
        }
    }

    private static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** CPU time of every thread of this process (OCR runs in worker threads). */
    private static long totalCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static BufferedImage gray(BufferedImage image) {
        BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return gray;
    }

    private static BufferedImage turn(BufferedImage image, int degrees) {
        if (degrees == 0) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = degrees % 180 != 0;
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_BYTE_GRAY);
        AffineTransform t = new AffineTransform();
        t.translate(out.getWidth() / 2.0, out.getHeight() / 2.0);
        t.quadrantRotate(degrees / 90);
        t.translate(-w / 2.0, -h / 2.0);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, t, null);
        g.dispose();
        return out;
    }

    private ImagingBench() throws IOException {
    }
}
