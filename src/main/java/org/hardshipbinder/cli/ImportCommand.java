package org.hardshipbinder.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hardshipbinder.intake.ImportBatch;
import org.hardshipbinder.intake.ImportOptions;
import org.hardshipbinder.intake.ImportOutcome;
import org.hardshipbinder.intake.ImportWarmUp;
import org.hardshipbinder.ocr.OcrRequest;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.wiring.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--case", required = true, paramLabel = "ID")
    long caseId;
    @Option(names = "--no-ocr")
    boolean noOcr;
    @Option(names = "--password", paramLabel = "P")
    String password;
    @Option(names = "--max-mb", paramLabel = "N")
    Long maxMb;
    @Parameters(arity = "1..*", paramLabel = "PATH", descriptionKey = "paths")
    List<Path> paths;

    ImportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        // PDFBox's classes are readied, and the files checked and their checksums started, on other threads while
        // this one opens the vault.
        ImportWarmUp.startInBackground();
        ImportOptions options = new ImportOptions(maxMb == null ? ImportOptions.DEFAULT_MAX_BYTES : maxMb * 1024 * 1024, password);
        List<ImportOutcome> outcomes;
        Services services;
        try (ImportBatch batch = ImportBatch.start(paths, options)) {
            services = context.services(AccessMode.READ_WRITE);
            if (services.cases().find(caseId).isEmpty()) {
                throw new IllegalArgumentException(context.get("cli.noCase", caseId));
            }
            outcomes = services.importService().importAll(caseId, batch, (outcome, i, n) -> {
                context.out().println(line(outcome));
                context.out().flush();
            });
        }
        boolean anyRejected = outcomes.stream().anyMatch(ImportOutcome.Rejected.class::isInstance);
        List<Long> imported = outcomes.stream().filter(ImportOutcome.Imported.class::isInstance)
                .map(o -> ((ImportOutcome.Imported) o).documentId()).toList();
        int ocrExit = noOcr || imported.isEmpty() ? ExitCodes.OK : OcrCommand.report(context, services.ocr().run(
                OcrRequest.forDocuments(imported, services.ocr().defaultWorkers()), p -> OcrCommand.progress(context, p)));
        return anyRejected || ocrExit != ExitCodes.OK ? ExitCodes.FINISHED_WITH_PROBLEMS : ExitCodes.OK;
    }

    private String line(ImportOutcome outcome) {
        if (outcome instanceof ImportOutcome.Imported imported) {
            return "imported " + imported.documentId() + " " + imported.pageCount() + " pages " + imported.file();
        }
        ImportOutcome.Rejected rejected = (ImportOutcome.Rejected) outcome;
        return "rejected " + rejected.file() + ": " + context.text(rejected.reason());
    }
}
