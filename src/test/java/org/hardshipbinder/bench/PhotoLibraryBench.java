package org.hardshipbinder.bench;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.leptonica.PIX;
import org.bytedeco.leptonica.PTA;
import org.bytedeco.leptonica.global.leptonica;
import org.hardshipbinder.imaging.GeneratedPhotos;
import org.hardshipbinder.imaging.PhotoCleaner;
import org.hardshipbinder.imaging.PhotoSignals;
import org.hardshipbinder.imaging.Quad;

/**
 * The photo clean-up's library choice: the app's own Java steps (paper outline, perspective, light) against
 * Leptonica's (shipped with Tesseract through bytedeco) doing the same perspective and light steps from the same
 * corners — Leptonica has no paper outline finder, only an axis-aligned page box. Per photo, best of
 * {@code -Dbench.rounds} (default 3); photos generated, plus JPEGs of the folders in {@code -Dbench.photos}.
 */
public final class PhotoLibraryBench {

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("bench.rounds", 3);
        Path dir = Files.createTempDirectory("photo-library-bench");
        List<Path> photos = new ArrayList<>();
        Path generated = dir.resolve("generated.jpg");
        ImageIO.write(GeneratedPhotos.photo(1500, 2000, new Quad(new double[] {260, 1270, 1350, 150},
                new double[] {262, 212, 1813, 1771}), 1), "jpeg", generated.toFile());
        photos.add(generated);
        for (String folder : System.getProperty("bench.photos", "").split(",")) {
            if (!folder.isBlank()) {
                try (var files = Files.list(Path.of(folder))) {
                    files.filter(f -> f.toString().matches("(?i).*\\.jpe?g$")).sorted().forEach(photos::add);
                }
            }
        }
        Loader.load(leptonica.class);
        PhotoCleaner cleaner = new PhotoCleaner();
        System.out.println("photo | Java: find + straighten + light, ms | Leptonica: straighten + light, ms (same corners)");
        for (Path file : photos) {
            BufferedImage photo = ImageIO.read(file.toFile());
            Quad corners = cleaner.findPaper(photo).orElse(null);
            if (corners == null) {
                continue;
            }
            long java = Long.MAX_VALUE;
            for (int r = 0; r < rounds; r++) {
                long t = System.nanoTime();
                cleaner.clean(photo, PhotoSignals.UNKNOWN);
                java = Math.min(java, System.nanoTime() - t);
            }
            long lept = Long.MAX_VALUE;
            PIX source = leptonica.pixRead(file.toString());
            for (int r = 0; r < rounds; r++) {
                long t = System.nanoTime();
                leptonica(source, corners);
                lept = Math.min(lept, System.nanoTime() - t);
            }
            leptonica.pixDestroy(source);
            System.out.printf(Locale.ROOT, "%s | %.0f | %.0f%n", file.getFileName(), java / 1e6, lept / 1e6);
        }
    }

    /** Leptonica's projective transform onto the upright rectangle, then its background normalisation. */
    private static void leptonica(PIX source, Quad q) {
        int w = (int) Math.round(Math.max(Math.hypot(q.x(1) - q.x(0), q.y(1) - q.y(0)),
                Math.hypot(q.x(2) - q.x(3), q.y(2) - q.y(3))));
        int h = (int) Math.round(Math.max(Math.hypot(q.x(3) - q.x(0), q.y(3) - q.y(0)),
                Math.hypot(q.x(2) - q.x(1), q.y(2) - q.y(1))));
        PTA from = leptonica.ptaCreate(4);
        PTA to = leptonica.ptaCreate(4);
        float[][] rect = {{0, 0}, {w, 0}, {w, h}, {0, h}};
        for (int i = 0; i < 4; i++) {
            leptonica.ptaAddPt(from, (float) q.x(i), (float) q.y(i));
            leptonica.ptaAddPt(to, rect[i][0], rect[i][1]);
        }
        PIX warped = leptonica.pixProjectivePta(source, to, from, leptonica.L_BRING_IN_WHITE);
        PIX clipped = leptonica.pixClipRectangle(warped, leptonica.boxCreate(0, 0, w, h), (org.bytedeco.leptonica.BOX) null);
        PIX normalised = leptonica.pixBackgroundNormSimple(clipped, null, null);
        leptonica.pixDestroy(normalised);
        leptonica.pixDestroy(clipped);
        leptonica.pixDestroy(warped);
        leptonica.ptaDestroy(from);
        leptonica.ptaDestroy(to);
    }

    private PhotoLibraryBench() {
    }
}
