package org.hardshipbinder.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.hardshipbinder.app.Launcher;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.DocumentStatus;
import org.hardshipbinder.vault.ChildJvm;
import org.hardshipbinder.vault.Jdbc;
import org.hardshipbinder.vault.Vault;
import org.hardshipbinder.wiring.Services;
import org.hardshipbinder.vault.VaultKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM runs the real {@code import} command on a batch and is killed with SIGKILL at random moments, 25 times.
 * After every kill the vault opens, passes {@code verify}, and holds only whole documents: each one with all its
 * pages, its complete original, and the status its import transaction set — never half of one. It runs on a plain
 * vault and on an encrypted one.
 */
class ImportCrashSafetyTest {

    private static final int KILLS = 25;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(VaultKind.class)
    void killingAnImportAtRandomMomentsNeverLeavesHalfADocument(VaultKind kind) throws Exception {
        Path vault = dir.resolve("vault");
        List<String> batch = batch();
        Random random = new Random(20261122L);

        // One case per round, all made up front: each round imports the whole batch afresh into its own case.
        try (Services s = kind.open(vault)) {
            for (int round = 0; round <= KILLS; round++) {
                assertThat(s.cases().create(CaseKind.I_601A, "Round " + round, null).id()).isEqualTo(round + 1);
            }
        }
        long fullRunMillis = importRound(kind, vault, 1, batch, -1);
        int partialRounds = 0;
        for (int round = 1; round <= KILLS; round++) {
            if (round % 2 == 0) {
                // Every other round is killed just after its first document is committed, so some kills surely land
                // inside a batch however fast or slow this machine is right now.
                importUntilFirstDocument(kind, vault, round + 1, batch, random.nextInt(30));
            } else {
                long delay = (long) (fullRunMillis * (0.15 + 0.85 * random.nextDouble()));
                importRound(kind, vault, round + 1, batch, delay);
            }
            int stored = checkOnlyWholeDocuments(kind, vault, round + 1);
            if (stored > 0 && stored < batch.size()) {
                partialRounds++;
            }
        }
        // The kills must really land inside batches, not only before or after them.
        assertThat(partialRounds).as("rounds killed in the middle of a batch").isGreaterThanOrEqualTo(3);
    }

    /** Runs the import into a case in a child JVM and kills it after {@code killAfterMillis} (never when negative). */
    private long importRound(VaultKind kind, Path vault, long caseId, List<String> batch, long killAfterMillis) throws Exception {
        List<String> args = new ArrayList<>(List.of("--vault", vault.toString(), "import", "--case", String.valueOf(caseId), "--no-ocr"));
        args.addAll(batch);
        long start = System.nanoTime();
        Process child = kind.forChild(ChildJvm.builder(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"),
                Launcher.class, args.toArray(String[]::new))).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (killAfterMillis < 0) {
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as("one file of the batch is a ZIP, refused").isEqualTo(3);
        } else if (!child.waitFor(killAfterMillis, TimeUnit.MILLISECONDS)) {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Runs the import into a case and kills it {@code extraMillis} after the vault shows its first document. */
    private void importUntilFirstDocument(VaultKind kind, Path vault, long caseId, List<String> batch, long extraMillis) throws Exception {
        List<String> args = new ArrayList<>(List.of("--vault", vault.toString(), "import", "--case", String.valueOf(caseId), "--no-ocr"));
        args.addAll(batch);
        Process child = kind.forChild(ChildJvm.builder(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"),
                Launcher.class, args.toArray(String[]::new))).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try (Vault watch = kind.openReadOnly(vault)) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (child.isAlive() && System.nanoTime() < deadline
                    && watch.read(c -> Jdbc.count(c, "SELECT count(*) FROM documents WHERE case_id = ?", caseId)) == 0) {
                Thread.sleep(2);
            }
        }
        if (!child.waitFor(extraMillis, TimeUnit.MILLISECONDS)) {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    /**
     * Verify covers every document of every round (checksums, page counts); the latest round's documents are also
     * checked one by one. Returns how many documents that round stored.
     */
    private static int checkOnlyWholeDocuments(VaultKind kind, Path vault, long caseId) {
        try (Services s = kind.open(vault)) {
            assertThat(s.verifier().verify()).isEmpty();
            List<Document> latest = s.documents().listForCase(caseId);
            for (Document d : latest) {
                assertThat(s.pages().listForDocument(d.id())).hasSize(d.pageCount());
                assertThat(d.pageCount()).isPositive();
                assertThat(d.status()).isEqualTo(DocumentStatus.OCR_QUEUED);
            }
            assertThat(s.documents().listAll()).allSatisfy(d -> assertThat(d.status()).isEqualTo(DocumentStatus.OCR_QUEUED));
            return latest.size();
        }
    }

    /** A batch with one multi-megabyte scan first (so kills land in the middle of storing it), then corpus files. */
    private List<String> batch() throws Exception {
        List<String> batch = new ArrayList<>();
        batch.add(noisyScan(dir.resolve("scan-a.pdf"), 1).toString());
        CorpusManifest corpus = CorpusManifest.load();
        for (String name : List.of("paperless/multi-page-images.tiff", "paperless/multi-page-digital.pdf",
                "malformed/qpdf_11-pages-with-labels.pdf", "synthetic/zip_renamed_as.pdf", "ocrmypdf/linn.png")) {
            batch.add(corpus.file(name).toString());
        }
        Path bitmap = dir.resolve("scan.bmp");
        ImageIO.write(new BufferedImage(850, 700, BufferedImage.TYPE_3BYTE_BGR), "bmp", bitmap.toFile());
        batch.add(bitmap.toString());
        batch.add(corpus.file("ocrmypdf/cardinal.pdf").toString());
        batch.add(noisyScan(dir.resolve("scan-b.pdf"), 2).toString());
        batch.add(corpus.file("paperless/multi-page-mixed.pdf").toString());
        return batch;
    }

    /** A letter page of 150-dpi noise: hard to compress, so the file takes a few megabytes and a moment to store. */
    private static Path noisyScan(Path target, long seed) throws Exception {
        Random random = new Random(seed);
        try (PDDocument doc = new PDDocument()) {
            BufferedImage image = new BufferedImage(1275, 1650, BufferedImage.TYPE_BYTE_GRAY);
            random.nextBytes(((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData());
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            PDImageXObject xobject = JPEGFactory.createFromImage(doc, image, 0.95f);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(xobject, 0, 0, PDRectangle.LETTER.getWidth(), PDRectangle.LETTER.getHeight());
            }
            doc.save(target.toFile());
        }
        return target;
    }
}
