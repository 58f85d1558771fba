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
        description = {"Check a case the way an officer would: translations, contradictions between documents, "
                + "coverage gaps and preflight problems. Prints each finding with its severity, code, message and "
                + "document/page.", "Exit code 3 when any error remains."},
        subcommands = CheckCommand.Dismiss.class)
final class CheckCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--case", paramLabel = "ID", description = "The case to check (required).")
    Long caseId;
    @Option(names = "--json", description = "Print one JSON object: {\"findings\":[…]}.")
    boolean json;
    @Option(names = "--lang", paramLabel = "en|es", description = "Language of the messages (default en).")
    String lang;
    @Option(names = "--medical-max-months", paramLabel = "N", description = "Newest medical evidence may be this old (default 12).")
    Integer medicalMonths;
    @Option(names = "--financial-max-months", paramLabel = "N", description = "Newest financial evidence may be this old (default 18).")
    Integer financialMonths;
    @Option(names = "--show-dismissed", description = "Also list the findings you dismissed.")
    boolean showDismissed;

    CheckCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (caseId == null) {
            throw new IllegalArgumentException("check needs --case ID");
        }
        Services services = context.services(AccessMode.READ_ONLY);
        CheckSettings settings = CheckSettings.defaults().withMaxAges(medicalMonths, financialMonths);
        CheckReport report = services.checks().run(caseId, settings)
                .orElseThrow(() -> new IllegalArgumentException("there is no case " + caseId));
        FindingFormatter formatter = new FindingFormatter(messages(lang));
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

    private static Messages messages(String lang) {
        if (lang == null || lang.equalsIgnoreCase("en")) {
            return new Messages(Locale.ENGLISH);
        }
        if (lang.equalsIgnoreCase("es")) {
            return new Messages(Messages.SPANISH);
        }
        throw new IllegalArgumentException("unknown language '" + lang + "'; use en or es");
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

    private static String summary(CheckReport report) {
        long errors = report.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = report.findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
        long notes = report.findings().stream().filter(f -> f.severity() == Severity.INFO).count();
        return errors + " error(s), " + warnings + " warning(s), " + notes + " note(s)"
                + (report.dismissed().isEmpty() ? "" : "; " + report.dismissed().size() + " dismissed");
    }

    @Command(name = "dismiss", mixinStandardHelpOptions = true,
            description = {"Set aside a finding with a reason. It stays dismissed until the evidence it rests on changes.",
                    "Prints how many findings were dismissed."})
    static final class Dismiss implements Callable<Integer> {
        private final CliContext context;

        @Option(names = "--case", required = true, paramLabel = "ID")
        long caseId;
        @Option(names = "--code", required = true, paramLabel = "CODE", description = "The finding's code, e.g. UNDATED.")
        String code;
        @Option(names = "--doc", paramLabel = "ID", description = "A document the finding concerns.")
        Long documentId;
        @Option(names = "--person", paramLabel = "ID", description = "A person the finding concerns.")
        Long personId;
        @Option(names = "--reason", required = true, paramLabel = "R", description = "Why it does not apply.")
        String reason;

        Dismiss(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            if (reason.isBlank()) {
                throw new IllegalArgumentException("--reason must say why the finding does not apply");
            }
            Services services = context.services(AccessMode.READ_WRITE);
            if (services.cases().find(caseId).isEmpty()) {
                throw new IllegalArgumentException("there is no case " + caseId);
            }
            int count = services.checks().dismiss(caseId, code, documentId, personId, reason.strip(), CheckSettings.defaults());
            context.out().println(count);
            if (count == 0) {
                context.err().println("no current finding matches " + code
                        + (documentId == null ? "" : " for document " + documentId)
                        + (personId == null ? "" : " for person " + personId));
                return ExitCodes.USAGE;
            }
            return ExitCodes.OK;
        }
    }
}
