package org.hardshipbinder.cli;

import java.util.concurrent.Callable;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.vault.AccessMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code case rename | archive | delete}. */
final class CaseEditCommands {

    private CaseEditCommands() {
    }

    @Command(name = "rename", mixinStandardHelpOptions = true)
    static final class Rename implements Callable<Integer> {
        private final CliContext context;

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "id")
        long id;
        @Option(names = "--title", required = true, paramLabel = "T")
        String title;

        Rename(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            return EditOutput.print(context, context.services(AccessMode.READ_WRITE).caseEdits().rename(id, title), false);
        }
    }

    @Command(name = "archive", mixinStandardHelpOptions = true)
    static final class Archive implements Callable<Integer> {
        private final CliContext context;

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "id")
        long id;
        @Option(names = "--undo")
        boolean undo;

        Archive(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            return EditOutput.print(context, context.services(AccessMode.READ_WRITE).caseEdits().archive(id, !undo), false);
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true)
    static final class Delete implements Callable<Integer> {
        private final CliContext context;

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "id")
        long id;
        @Option(names = "--yes")
        boolean yes;

        Delete(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            var services = context.services(AccessMode.READ_WRITE);
            if (services.cases().find(id).isEmpty() && !services.cases().listArchived().stream().anyMatch(c -> c.id() == id)) {
                return EditOutput.print(context, new org.hardshipbinder.editing.EditOutcome.Refused(
                        UserMessage.of("edit.refused.noSuchCase", id)), false);
            }
            context.out().println(context.text(services.caseEdits().impactOfDeleting(id)));
            if (!yes) {
                context.err().println(context.text(UserMessage.of("cli.case.deleteNeedsYes", id)));
                return ExitCodes.USAGE;
            }
            return EditOutput.print(context, services.caseEdits().delete(id), false);
        }
    }
}
