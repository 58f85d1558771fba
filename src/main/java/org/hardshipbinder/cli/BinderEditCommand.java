package org.hardshipbinder.cli;

import java.util.concurrent.Callable;
import org.hardshipbinder.binder.BinderPlanService;
import org.hardshipbinder.binder.PlanEdit;
import org.hardshipbinder.vault.AccessMode;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "edit", mixinStandardHelpOptions = true,
        description = {"Change the binder plan (see 'binder plan' for exhibit ids and section codes). One change per call:",
                "--include/--exclude ID, --move ID --section CODE --to N, --move-section CODE --to N,",
                "--title ID --text T (empty text: the document's own title),",
                "--add-statement --section CODE --title-text T --text S (a record that is unavailable), --remove-statement ID."})
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

    @Option(names = "--section", paramLabel = "CODE", description = "Target section code (relationship_proof, medical … other).")
    String section;
    @Option(names = "--to", paramLabel = "N", description = "New position, 1 = first.", defaultValue = "1")
    int to;
    @Option(names = "--text", paramLabel = "TEXT", description = "A title, or the statement's text.")
    String text;
    @Option(names = "--title-text", paramLabel = "TITLE", description = "The statement's title.")
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
            context.err().println("error: " + context.text(refused.reason()));
            return ExitCodes.USAGE;
        }
        context.out().println("ok");
        return ExitCodes.OK;
    }

    private static String require(String value, String option) {
        if (value == null) {
            throw new IllegalArgumentException("this change needs " + option);
        }
        return value;
    }
}
