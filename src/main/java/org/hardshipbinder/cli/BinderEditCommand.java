package org.hardshipbinder.cli;

import java.util.concurrent.Callable;
import org.hardshipbinder.binder.BinderPlanService;
import org.hardshipbinder.binder.PlanEdit;
import org.hardshipbinder.vault.AccessMode;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "edit", mixinStandardHelpOptions = true)
final class BinderEditCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--case", required = true, paramLabel = "ID")
    long caseId;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Change change;

    static final class Change {
        @Option(names = "--include", paramLabel = "EXHIBIT") Long include;
        @Option(names = "--exclude", paramLabel = "EXHIBIT") Long exclude;
        @Option(names = "--move", paramLabel = "EXHIBIT") Long move;
        @Option(names = "--move-section", paramLabel = "CODE") String moveSection;
        @Option(names = "--title", paramLabel = "EXHIBIT") Long title;
        @Option(names = "--add-statement") boolean addStatement;
        @Option(names = "--remove-statement", paramLabel = "EXHIBIT") Long removeStatement;
    }

    @Option(names = "--section", paramLabel = "CODE")
    String section;
    @Option(names = "--to", paramLabel = "N", defaultValue = "1")
    int to;
    @Option(names = "--text", paramLabel = "TEXT")
    String text;
    @Option(names = "--title-text", paramLabel = "TITLE")
    String statementTitle;

    BinderEditCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        BinderPlanService plans = context.services(AccessMode.READ_WRITE).binderPlans();
        PlanEdit result;
        if (change.include != null || change.exclude != null) {
            result = plans.setIncluded(caseId, change.include != null ? change.include : change.exclude, change.include != null);
        } else if (change.move != null) {
            result = plans.moveExhibit(caseId, change.move, require(section, "--section"), to - 1);
        } else if (change.moveSection != null) {
            result = plans.moveSection(caseId, change.moveSection, to - 1);
        } else if (change.title != null) {
            result = plans.setTitle(caseId, change.title, text);
        } else if (change.addStatement) {
            result = plans.addUnavailableStatement(caseId, require(section, "--section"), statementTitle, text);
        } else {
            result = plans.removeStatement(caseId, change.removeStatement);
        }
        if (result instanceof PlanEdit.Refused refused) {
            context.err().println(context.error(context.text(refused.reason())));
            return ExitCodes.USAGE;
        }
        context.out().println("ok");
        return ExitCodes.OK;
    }

    private String require(String value, String option) {
        if (value == null) {
            throw new IllegalArgumentException(context.get("cli.binder.edit.needs", option));
        }
        return value;
    }
}
