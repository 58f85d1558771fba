package org.hardshipbinder.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.vault.AccessMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "case", mixinStandardHelpOptions = true,
        subcommands = {CaseCommand.Create.class, CaseCommand.ListCases.class, CaseEditCommands.Rename.class,
                CaseEditCommands.Archive.class, CaseEditCommands.Delete.class,
                CaseTransferCommands.Export.class, CaseTransferCommands.Import.class})
final class CaseCommand {

    @Command(name = "create", mixinStandardHelpOptions = true)
    static final class Create implements Callable<Integer> {
        private final CliContext context;

        @Option(names = "--kind", required = true, paramLabel = "KIND")
        String kind;
        @Option(names = "--applicant", required = true, paramLabel = "NAME")
        String applicant;
        @Option(names = "--title", paramLabel = "T")
        String title;

        Create(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            CaseKind caseKind = CaseKind.fromCode(kind).orElseThrow(() -> new IllegalArgumentException(
                    context.get("cli.case.unknownKind", kind)));
            if (applicant.isBlank()) {
                throw new IllegalArgumentException(context.get("cli.case.emptyApplicant"));
            }
            Case created = context.services(AccessMode.READ_WRITE).cases().create(caseKind, applicant.strip(), title);
            context.out().println(created.id());
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListCases implements Callable<Integer> {
        private final CliContext context;

        @Option(names = "--json")
        boolean json;
        @Option(names = "--archived")
        boolean archived;

        ListCases(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            var repository = context.services(AccessMode.READ_ONLY).cases();
            List<Case> cases = archived ? repository.listArchived() : repository.list();
            if (json) {
                context.printJson(Map.of("cases", cases.stream().map(ListCases::row).toList()));
            } else {
                cases.forEach(c -> context.out().println(c.id() + "\t" + c.kind().code() + "\t" + c.applicant()
                        + "\t" + (c.title() == null ? "" : c.title())));
            }
            return ExitCodes.OK;
        }

        private static Map<String, Object> row(Case c) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", c.id());
            row.put("kind", c.kind().code());
            row.put("applicant", c.applicant());
            row.put("title", c.title());
            row.put("created_at", c.createdAt().toString());
            return row;
        }
    }
}
