package org.hardshipbinder.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.hardshipbinder.model.ImmigrationStatus;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Role;
import org.hardshipbinder.vault.AccessMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "person", mixinStandardHelpOptions = true, description = "Add, edit and remove the people of a case.",
        subcommands = {PersonCommand.Add.class, PersonEditCommands.Edit.class, PersonEditCommands.Remove.class})
final class PersonCommand {

    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add implements Callable<Integer> {
        private final CliContext context;

        @Option(names = "--case", required = true, paramLabel = "ID")
        long caseId;
        @Option(names = "--name", required = true, paramLabel = "NAME")
        String name;
        @Option(names = "--role", required = true, paramLabel = "ROLE")
        String role;
        @Option(names = "--relation", paramLabel = "R")
        String relation;
        @Option(names = "--status", paramLabel = "STATUS")
        String status;
        @Option(names = "--born", paramLabel = "YYYY-MM-DD")
        String born;

        Add(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Role parsedRole = Role.fromCode(role).orElseThrow(() -> new IllegalArgumentException(
                    context.get("cli.person.unknownRole", role)));
            ImmigrationStatus parsedStatus = status == null ? null : ImmigrationStatus.fromCode(status).orElseThrow(
                    () -> new IllegalArgumentException(context.get("cli.person.unknownStatus", status)));
            LocalDate birth = parseDate(context, born);
            var services = context.services(AccessMode.READ_WRITE);
            if (services.cases().find(caseId).isEmpty()) {
                throw new IllegalArgumentException(context.get("cli.noCase", caseId));
            }
            Person person = services.people().add(caseId, name.strip(), parsedRole, relation, parsedStatus, birth);
            context.out().println(person.id());
            // Say at once when this person cannot count as a qualifying relative for this kind of request.
            var kase = services.cases().find(caseId).orElseThrow();
            services.factors().profileValidator().validate(kase, services.people().listForCase(caseId)).stream()
                    .filter(f -> person.id() == (f.personId() == null ? -1 : f.personId()))
                    .forEach(f -> context.err().println(FactorText.finding(context, f)));
            return ExitCodes.OK;
        }

        static LocalDate parseDate(CliContext context, String text) {
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(context.get("cli.notADate", text));
            }
        }
    }
}
