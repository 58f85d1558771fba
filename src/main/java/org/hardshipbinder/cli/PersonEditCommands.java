package org.hardshipbinder.cli;

import java.util.concurrent.Callable;
import org.hardshipbinder.editing.EditOutcome;
import org.hardshipbinder.model.ImmigrationStatus;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Role;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.vault.AccessMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code person edit | remove}. */
final class PersonEditCommands {

    private PersonEditCommands() {
    }

    @Command(name = "edit", mixinStandardHelpOptions = true)
    static final class Edit implements Callable<Integer> {
        private final CliContext context;

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "id")
        long id;
        @Option(names = "--name", paramLabel = "NAME")
        String name;
        @Option(names = "--role", paramLabel = "ROLE")
        String role;
        @Option(names = "--relation", paramLabel = "R")
        String relation;
        @Option(names = "--status", paramLabel = "STATUS")
        String status;
        @Option(names = "--born", paramLabel = "YYYY-MM-DD")
        String born;

        Edit(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            var services = context.services(AccessMode.READ_WRITE);
            Person p = services.people().find(id).orElse(null);
            if (p == null) {
                return EditOutput.print(context, new EditOutcome.Refused(UserMessage.of("edit.refused.noSuchPerson", id)), false);
            }
            Role newRole = role == null ? p.role() : Role.fromCode(role).orElseThrow(() -> new IllegalArgumentException(
                    context.get("cli.person.unknownRole", role)));
            ImmigrationStatus newStatus = status == null ? p.status() : ImmigrationStatus.fromCode(status).orElseThrow(
                    () -> new IllegalArgumentException(context.get("cli.person.unknownStatus", status)));
            Person changed = new Person(id, p.caseId(), name == null ? p.name() : name, newRole,
                    relation == null ? p.relation() : relation, newStatus,
                    born == null ? p.born() : PersonCommand.Add.parseDate(context, born));
            return EditOutput.print(context, services.personEdits().edit(changed), false);
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true)
    static final class Remove implements Callable<Integer> {
        private final CliContext context;

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "id")
        long id;

        Remove(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            var services = context.services(AccessMode.READ_WRITE);
            if (services.people().find(id).isEmpty()) {
                return EditOutput.print(context, new EditOutcome.Refused(UserMessage.of("edit.refused.noSuchPerson", id)), false);
            }
            services.deletionImpacts().ofPerson(id).forEach(m -> context.out().println(context.text(m)));
            return EditOutput.print(context, services.personEdits().remove(id), false);
        }
    }
}
