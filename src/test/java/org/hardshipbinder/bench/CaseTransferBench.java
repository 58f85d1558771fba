package org.hardshipbinder.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.hardshipbinder.intake.ImportOptions;
import org.hardshipbinder.intake.ImportOutcome;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.ocr.OcrProgressListener;
import org.hardshipbinder.ocr.OcrRequest;
import org.hardshipbinder.transfer.ExportOutcome;
import org.hardshipbinder.transfer.ImportOutcome.Imported;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.vault.Passphrase;
import org.hardshipbinder.wiring.Services;

/**
 * Case export and import on a realistic case: one folder of the development cases imported and read by OCR into a
 * scratch vault, then exported and imported again into fresh vaults (plain and encrypted), a few times each.
 * Options: -Dbench.cases=folder of the cases' files, -Dbench.case=mejia-i601, -Dbench.runs=3, -Dbench.ocr=true.
 */
public final class CaseTransferBench {

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(System.getProperty("bench.cases", "../shared/cases/files"))
                .resolve(System.getProperty("bench.case", "mejia-i601"));
        int runs = Integer.getInteger("bench.runs", 3);
        boolean ocr = Boolean.parseBoolean(System.getProperty("bench.ocr", "true"));
        Path dir = Files.createTempDirectory("case-transfer-bench");
        Passphrase filePassphrase = Passphrase.of("a passphrase for the case file".toCharArray());
        Passphrase vaultPassphrase = Passphrase.of("a passphrase for the vault".toCharArray());
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        }
        long originalBytes = 0;
        for (Path f : files) {
            originalBytes += Files.size(f);
        }
        long caseId;
        try (Services source = Services.open(dir.resolve("source"), AccessMode.READ_WRITE)) {
            caseId = source.cases().create(CaseKind.I_601, "Bench Applicant", null).id();
            long t = System.nanoTime();
            List<ImportOutcome> outcomes = source.importService().importAll(caseId, files, new ImportOptions(
                    ImportOptions.DEFAULT_MAX_BYTES, null), (o, i, n) -> { });
            List<Long> ids = outcomes.stream().filter(ImportOutcome.Imported.class::isInstance)
                    .map(o -> ((ImportOutcome.Imported) o).documentId()).toList();
            if (ocr) {
                source.ocr().run(OcrRequest.forDocuments(ids, source.ocr().defaultWorkers()), OcrProgressListener.NONE);
            }
            System.out.printf("case %s: %d files, %.1f MB of originals, %d documents, %d pages; import%s %.1f s%n",
                    folder.getFileName(), files.size(), originalBytes / 1e6, ids.size(),
                    ids.stream().mapToInt(id -> source.pages().listForDocument(id).size()).sum(), ocr ? " + OCR" : "",
                    (System.nanoTime() - t) / 1e9);
            List<Double> export = new ArrayList<>();
            long size = 0;
            for (int i = 0; i < runs; i++) {
                Path out = dir.resolve("case-" + i + ".hbcase");
                long s = System.nanoTime();
                ExportOutcome outcome = source.caseExporter().export(caseId, out, filePassphrase);
                export.add((System.nanoTime() - s) / 1e6);
                size = ((ExportOutcome.Exported) outcome).bytes();
            }
            System.out.printf("export: file %.2f MB (%.3f× the originals), median %.0f ms, runs %s%n", size / 1e6,
                    size / (double) originalBytes, median(export), export);
        }
        List<Double> plain = new ArrayList<>();
        List<Double> encrypted = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            plain.add(importOnce(dir.resolve("plain-" + i), Passphrase.none(), dir.resolve("case-" + i + ".hbcase"), filePassphrase));
            encrypted.add(importOnce(dir.resolve("enc-" + i), vaultPassphrase, dir.resolve("case-" + i + ".hbcase"), filePassphrase));
        }
        System.out.printf("import into a plain vault: median %.0f ms, runs %s%n", median(plain), plain);
        System.out.printf("import into an encrypted vault: median %.0f ms, runs %s%n", median(encrypted), encrypted);
    }

    private static double importOnce(Path vault, Passphrase vaultPassphrase, Path file, Passphrase filePassphrase) {
        try (Services target = Services.open(vault, AccessMode.READ_WRITE, vaultPassphrase)) {
            long t = System.nanoTime();
            var outcome = target.caseImporter().importFile(file, filePassphrase);
            double ms = (System.nanoTime() - t) / 1e6;
            if (!(outcome instanceof Imported)) {
                throw new IllegalStateException(outcome.toString());
            }
            return ms;
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
