package org.hardshipbinder.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hardshipbinder.binder.BinderPlan;
import org.hardshipbinder.binder.LabelledExhibit;
import org.hardshipbinder.binder.PlannedExhibit;
import org.hardshipbinder.binder.PlannedSection;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.wiring.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "plan", mixinStandardHelpOptions = true)
final class BinderPlanCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--case", required = true, paramLabel = "ID")
    long caseId;
    @Option(names = "--json")
    boolean json;

    BinderPlanCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Services services = context.services(AccessMode.READ_WRITE);
        if (services.cases().find(caseId).isEmpty()) {
            throw new IllegalArgumentException(context.get("cli.noCase", caseId));
        }
        BinderPlan plan = services.binderPlans().plan(caseId);
        Map<Long, String> labels = new LinkedHashMap<>();
        for (LabelledExhibit l : plan.labelled()) {
            labels.put(l.exhibit().id(), l.label());
        }
        List<Map<String, Object>> sections = new ArrayList<>();
        for (PlannedSection s : plan.sections()) {
            if (!json) {
                context.out().println("[" + s.code() + "] " + services.binderPlans().catalog().title(s.code()));
            }
            List<Map<String, Object>> exhibits = new ArrayList<>();
            for (PlannedExhibit e : s.exhibits()) {
                Map<String, Object> row = row(e, labels.get(e.id()));
                exhibits.add(row);
                if (!json) {
                    context.out().println("  " + e.id() + "\t" + (row.get("label") == null ? "-" : row.get("label")) + "\t"
                            + context.text(UserMessage.of(e.included() ? "binder.cli.included" : "binder.cli.excluded")) + "\t"
                            + (e.isStatement() ? context.text(UserMessage.of("binder.cli.statement")) + ": " + e.title()
                            : "document " + e.documentId() + (e.translationIds().isEmpty() ? "" : " + translations " + e.translationIds())
                            + (e.title() == null ? "" : " \"" + e.title() + "\"")));
                }
            }
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("code", s.code());
            section.put("exhibits", exhibits);
            sections.add(section);
        }
        if (json) {
            Map<String, Object> settings = new LinkedHashMap<>();
            settings.put("label_scheme", plan.settings().labelScheme().code());
            settings.put("bates_prefix", plan.settings().batesPrefix());
            settings.put("preparer", plan.settings().preparer());
            settings.put("max_mb", plan.settings().maxMb());
            context.printJson(Map.of("case", caseId, "settings", settings, "sections", sections));
        }
        return ExitCodes.OK;
    }

    private static Map<String, Object> row(PlannedExhibit e, String label) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", e.id());
        row.put("label", label);
        row.put("included", e.included());
        row.put("document", e.documentId());
        row.put("translations", e.translationIds());
        row.put("title", e.title());
        row.put("statement", e.statement());
        return row;
    }
}
