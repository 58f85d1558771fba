package org.hardshipbinder.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.hardshipbinder.ocr.OcrProgress;
import org.hardshipbinder.ocr.OcrRequest;
import org.hardshipbinder.ocr.OcrService;
import org.hardshipbinder.ocr.OcrSummary;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.wiring.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "ocr", mixinStandardHelpOptions = true)
final class OcrCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--case", paramLabel = "ID")
    Long caseId;
    @Option(names = "--workers", paramLabel = "N")
    Integer workers;
    @Option(names = "--languages", paramLabel = "CODES", split = ",")
    List<String> languages;

    OcrCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        Services services = context.services(AccessMode.READ_WRITE);
        if (caseId != null && services.cases().find(caseId).isEmpty()) {
            throw new IllegalArgumentException(context.get("cli.noCase", caseId));
        }
        OcrService ocr = services.ocr();
        int n = workers == null ? ocr.defaultWorkers() : workers;
        OcrRequest request = (caseId == null ? OcrRequest.all(n) : OcrRequest.forCase(caseId, n))
                .inLanguages(languages == null ? List.of() : languages);
        return report(context, ocr.run(request, progress -> progress(context, progress)));
    }

    static void progress(CliContext context, OcrProgress p) {
        synchronized (context) {
            context.err().println(context.messages().get("ocr.progress", p.finished(), p.total(), p.documentName(),
                    p.pageNumber()));
            context.err().flush();
        }
    }

    /** Prints the summary line (or why OCR cannot run) and turns it into the exit code. */
    static int report(CliContext context, OcrSummary summary) {
        if (!summary.ran()) {
            context.err().println(context.error(context.text(summary.unavailable())));
            return ExitCodes.CANNOT_RUN;
        }
        if (summary.pages() == 0 && !summary.cancelled()) {
            context.out().println(context.messages().get("ocr.nothing"));
            return ExitCodes.OK;
        }
        context.out().println(context.messages().get("ocr.summary", summary.pages(), summary.documents(),
                String.format(java.util.Locale.ROOT, "%.1f", summary.elapsed().toMillis() / 1000.0),
                summary.recognized(), summary.textLayer(), summary.reread(), summary.failed()));
        if (summary.cancelled()) {
            context.out().println(context.messages().get("ocr.cancelled"));
        }
        return summary.failed() > 0 ? ExitCodes.FINISHED_WITH_PROBLEMS : ExitCodes.OK;
    }
}
