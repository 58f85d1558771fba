package org.hardshipbinder.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hardshipbinder.editing.EditOutcome;
import org.hardshipbinder.editing.SplitTags;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.wiring.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code document merge | split | reorder | delete}: documents as the user means them. */
final class DocumentEditCommands {

    private DocumentEditCommands() {
    }

    @Command(name = "merge", mixinStandardHelpOptions = true)
    static final class Merge implements Callable<Integer> {
        private final CliContext context;

        @Parameters(arity = "2..*", paramLabel = "ID", descriptionKey = "ids")
        List<Long> ids;
        @Option(names = "--order", split = ",", paramLabel = "DOC:PAGE")
        List<String> order;
        @Option(names = "--json")
        boolean json;

        Merge(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Services services = context.services(AccessMode.READ_WRITE);
            List<Long> pageOrder = null;
            if (order != null) {
                pageOrder = new ArrayList<>();
                for (String token : order) {
                    String[] parts = token.strip().split(":");
                    if (parts.length != 2) {
                        throw new IllegalArgumentException(context.get("cli.document.merge.notDocPage", token));
                    }
                    pageOrder.add(EditOutput.page(services, Long.parseLong(parts[0]), Integer.parseInt(parts[1])).id());
                }
            }
            return EditOutput.print(context, services.pageEdits().merge(ids, pageOrder), json);
        }
    }

    @Command(name = "split", mixinStandardHelpOptions = true)
    static final class Split implements Callable<Integer> {
        private final CliContext context;

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "id")
        long id;
        @Option(names = "--at", required = true, split = ",", paramLabel = "N[,N…]")
        List<Integer> at;
        @Option(names = "--tags", paramLabel = "each|first", defaultValue = "each")
        String tags;
        @Option(names = "--json")
        boolean json;

        Split(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            SplitTags choice = switch (tags) {
                case "each" -> SplitTags.COPY_TO_EACH;
                case "first" -> SplitTags.FIRST_PART_ONLY;
                default -> throw new IllegalArgumentException(context.get("cli.document.split.badTags", tags));
            };
            EditOutcome outcome = context.services(AccessMode.READ_WRITE).pageEdits().split(id, at, choice);
            int code = EditOutput.print(context, outcome, json);
            if (!json && outcome instanceof EditOutcome.Done done) {
                done.documents().forEach(d -> context.out().println(d));
            }
            return code;
        }
    }

    @Command(name = "reorder", mixinStandardHelpOptions = true)
    static final class Reorder implements Callable<Integer> {
        private final CliContext context;

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "id")
        long id;
        @Option(names = "--order", required = true, split = ",", paramLabel = "N,N…")
        List<Integer> order;

        Reorder(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Services services = context.services(AccessMode.READ_WRITE);
            List<Long> pageIds = order.stream().map(n -> EditOutput.page(services, id, n).id()).toList();
            return EditOutput.print(context, services.pageEdits().reorder(id, pageIds), false);
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true)
    static final class Delete implements Callable<Integer> {
        private final CliContext context;

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "id")
        long id;

        Delete(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Services services = context.services(AccessMode.READ_WRITE);
            if (services.documents().find(id).isEmpty()) {
                return EditOutput.print(context, new EditOutcome.Refused(UserMessage.of("edit.refused.noSuchDocument", id)), false);
            }
            services.deletionImpacts().ofDocument(id).forEach(m -> context.out().println(context.text(m)));
            return EditOutput.print(context, services.pageEdits().deleteDocument(id), false);
        }
    }
}
