package org.hardshipbinder.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hardshipbinder.checks.CheckReport;
import org.hardshipbinder.checks.FindingFormatter;
import org.hardshipbinder.checks.core.CheckSettings;
import org.hardshipbinder.i18n.Messages;
import org.hardshipbinder.model.Finding;
import org.hardshipbinder.model.Severity;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.wiring.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "check", mixinStandardHelpOptions = true,
        subcommands = CheckCommand.Dismiss.class)
final class CheckCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--case", paramLabel = "ID")
    Long caseId;
    @Option(names = "--json")
    boolean json;
    @Option(names = "--medical-max-months", paramLabel = "N")
    Integer medicalMonths;
    @Option(names = "--financial-max-months", paramLabel = "N")
    Integer financialMonths;
    @Option(names = "--show-dismissed")
    boolean showDismissed;

    CheckCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (caseId == null) {
            throw new IllegalArgumentException(context.get("cli.check.needsCase"));
        }
        Services services = context.services(AccessMode.READ_ONLY);
        CheckSettings settings = CheckSettings.defaults().withMaxAges(medicalMonths, financialMonths);
        CheckReport report = services.checks().run(caseId, settings)
                .orElseThrow(() -> new IllegalArgumentException(context.get("cli.noCase", caseId)));
        FindingFormatter formatter = new FindingFormatter(context.messages());
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("findings", report.findings().stream().map(f -> row(f, formatter)).toList());
            out.put("dismissed", report.dismissed().stream().map(f -> row(f, formatter)).toList());
            context.printJson(out);
        } else {
            report.findings().forEach(f -> print(f, formatter));
            if (showDismissed) {
                report.dismissed().forEach(f -> print(f, formatter));
            }
            context.out().println(summary(report));
        }
        return report.hasErrors() ? ExitCodes.FINISHED_WITH_PROBLEMS : ExitCodes.OK;
    }

    static Map<String, Object> row(Finding f, FindingFormatter formatter) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("severity", f.severity().code());
        row.put("code", f.code());
        row.put("message", formatter.format(f.message()));
        row.put("documents", f.documents());
        row.put("pages", f.pages().stream().map(Finding.PageRef::page).distinct().toList());
        row.put("locations", f.pages().stream().map(p -> Map.of("document", p.documentId(), "page", p.page())).toList());
        row.put("people", f.people());
        if (f.span() != null) {
            row.put("span", Map.of("document", f.span().documentId(), "page", f.span().page(), "start", f.span().start(),
                    "end", f.span().end(), "text", f.span().text()));
        }
        row.put("fix", f.fix() == null ? null : formatter.format(f.fix()));
        return row;
    }

    private void print(Finding f, FindingFormatter formatter) {
        List<String> where = new ArrayList<>();
        for (long doc : f.documents()) {
            List<Integer> pages = f.pages().stream().filter(p -> p.documentId() == doc).map(Finding.PageRef::page).toList();
            where.add("doc " + doc + (pages.isEmpty() ? "" : " p." + String.join(",", pages.stream().map(String::valueOf).toList())));
        }
        context.out().println(f.severity().code().toUpperCase(Locale.ROOT) + "\t" + f.code() + "\t"
                + formatter.format(f.message()) + (where.isEmpty() ? "" : "\t[" + String.join("; ", where) + "]"));
        if (f.fix() != null) {
            context.out().println("\t→ " + formatter.format(f.fix()));
        }
    }

    private String summary(CheckReport report) {
        long errors = report.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = report.findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
        long notes = report.findings().stream().filter(f -> f.severity() == Severity.INFO).count();
        return context.get("cli.check.summary", errors, warnings, notes)
                + (report.dismissed().isEmpty() ? "" : context.get("cli.check.summaryDismissed", report.dismissed().size()));
    }

    @Command(name = "dismiss", mixinStandardHelpOptions = true)
    static final class Dismiss implements Callable<Integer> {
        private final CliContext context;

        @Option(names = "--case", required = true, paramLabel = "ID")
        long caseId;
        @Option(names = "--code", required = true, paramLabel = "CODE")
        String code;
        @Option(names = "--doc", paramLabel = "ID")
        Long documentId;
        @Option(names = "--person", paramLabel = "ID")
        Long personId;
        @Option(names = "--reason", required = true, paramLabel = "R")
        String reason;

        Dismiss(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            if (reason.isBlank()) {
                throw new IllegalArgumentException(context.get("cli.check.reasonNeeded"));
            }
            Services services = context.services(AccessMode.READ_WRITE);
            if (services.cases().find(caseId).isEmpty()) {
                throw new IllegalArgumentException(context.get("cli.noCase", caseId));
            }
            int count = services.checks().dismiss(caseId, code, documentId, personId, reason.strip(), CheckSettings.defaults());
            context.out().println(count);
            if (count == 0) {
                context.err().println(context.get("cli.check.noMatch", code)
                        + (documentId == null ? "" : context.get("cli.check.noMatchDocument", documentId))
                        + (personId == null ? "" : context.get("cli.check.noMatchPerson", personId)));
                return ExitCodes.USAGE;
            }
            return ExitCodes.OK;
        }
    }
}
