package org.hardshipbinder.bench;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Random;
import org.hardshipbinder.intake.ImportOptions;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.vault.Passphrase;
import org.hardshipbinder.vault.VaultException;
import org.hardshipbinder.vault.VaultLocation;
import org.hardshipbinder.wiring.Services;

/**
 * How many random one-bit flips anywhere in {@code vault.sqlite} are noticed: the vault refuses to open, or
 * {@code verify} reports a problem. Plain and encrypted vaults of the same content. Options: -Dbench.flips=30.
 */
public final class TamperBench {

    public static void main(String[] args) throws Exception {
        int flips = Integer.getInteger("bench.flips", 30);
        Path dir = Files.createTempDirectory("tamper-bench");
        Path pdf = dir.resolve("scan.pdf");
        ScannedPdfGenerator.generate(pdf, 20);
        Passphrase passphrase = Passphrase.of("tamper bench passphrase".toCharArray());
        for (boolean encrypted : new boolean[] {false, true}) {
            Path vault = dir.resolve(encrypted ? "encrypted" : "plain");
            Passphrase given = encrypted ? passphrase : Passphrase.none();
            try (Services s = Services.open(vault, AccessMode.READ_WRITE, given)) {
                long caseId = s.cases().create(CaseKind.I_601A, "Bench", null).id();
                s.importService().importFile(caseId, pdf, ImportOptions.defaults());
                s.vault().compact();
            }
            Path file = vault.resolve(VaultLocation.FILE_NAME);
            Path pristine = Files.copy(file, dir.resolve("pristine-" + encrypted));
            Random random = new Random(7);
            int noticed = 0;
            for (int i = 0; i < flips; i++) {
                Files.copy(pristine, file, StandardCopyOption.REPLACE_EXISTING);
                try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                    long at = (long) (random.nextDouble() * raf.length());
                    raf.seek(at);
                    int b = raf.read();
                    raf.seek(at);
                    raf.write(b ^ (1 << random.nextInt(8)));
                }
                noticed += noticed(vault, given) ? 1 : 0;
            }
            System.out.printf("%s vault (%d bytes): %d of %d random bit flips noticed%n",
                    encrypted ? "encrypted" : "plain", Files.size(pristine), noticed, flips);
        }
    }

    private static boolean noticed(Path vault, Passphrase given) {
        try (Services s = Services.open(vault, AccessMode.READ_WRITE, given)) {
            return !s.verifier().verify().isEmpty();
        } catch (VaultException | org.hardshipbinder.vault.VaultUnavailableException refused) {
            return true;
        }
    }
}
