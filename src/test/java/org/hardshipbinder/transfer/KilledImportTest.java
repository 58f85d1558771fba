package org.hardshipbinder.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.hardshipbinder.intake.ImportOptions;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.vault.ChildJvm;
import org.hardshipbinder.vault.Jdbc;
import org.hardshipbinder.wiring.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import killed half way (kill -9 while its rows go in) leaves the vault exactly as it was before. */
class KilledImportTest {

    @TempDir
    Path dir;

    @Test
    void aKilledImportLeavesTheVaultAsItWas() throws Exception {
        Path file = dir.resolve("big.hbcase");
        try (Services source = Services.open(dir.resolve("source"), AccessMode.READ_WRITE)) {
            long caseId = source.cases().create(CaseKind.I_601A, "Photo Heavy", null).id();
            List<Path> photos = List.of(noise(dir.resolve("a.png"), 1), noise(dir.resolve("b.png"), 2));
            source.importService().importAll(caseId, photos, new ImportOptions(ImportOptions.DEFAULT_MAX_BYTES, null),
                    (o, i, n) -> { });
            assertThat(source.caseExporter().export(caseId, file, TransferFixture.PASSPHRASE))
                    .isInstanceOf(ExportOutcome.Exported.class);
        }
        Path target = dir.resolve("target");
        try (Services t = Services.open(target, AccessMode.READ_WRITE)) {
            t.cases().create(CaseKind.PAROLE, "Already Here", null);
        }
        Map<String, Long> before = rowCounts(target);

        Process child = ChildJvm.start(List.of(), ImportInAChildJvm.class, target.toString(), file.toString());
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.equals("importing")) {
            // JVM warnings before the import starts
        }
        assertThat(line).isEqualTo("importing");
        Path wal = target.resolve("vault.sqlite-wal");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while ((!Files.exists(wal) || Files.size(wal) < 2_000_000) && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(child.isAlive()).as("the import is still running when it is killed").isTrue();
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        assertThat(rowCounts(target)).isEqualTo(before);
        try (Services t = Services.open(target, AccessMode.READ_WRITE)) {
            assertThat(t.verifier().verify()).isEmpty();
            assertThat(t.caseImporter().importFile(file, TransferFixture.PASSPHRASE)).isInstanceOf(ImportOutcome.Imported.class);
        }
    }

    /** A photo of noise: it does not compress, so the case file is large and its import takes a while. */
    private static Path noise(Path file, long seed) throws Exception {
        BufferedImage image = new BufferedImage(1800, 1800, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static Map<String, Long> rowCounts(Path vault) {
        try (Services t = Services.open(vault, AccessMode.READ_WRITE)) {
            return t.vault().read(c -> {
                Map<String, Long> counts = new TreeMap<>();
                for (String table : Jdbc.query(c, "SELECT name FROM sqlite_master WHERE type = 'table'", rs -> rs.getString(1))) {
                    counts.put(table, Jdbc.count(c, "SELECT count(*) FROM \"" + table + "\""));
                }
                return counts;
            });
        }
    }
}
