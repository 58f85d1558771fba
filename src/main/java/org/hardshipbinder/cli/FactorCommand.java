package org.hardshipbinder.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.hardshipbinder.factors.Factor;
import org.hardshipbinder.factors.FactorServices;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.Scenario;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.wiring.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "factor", mixinStandardHelpOptions = true,
        subcommands = {FactorCommand.ListFactors.class, FactorCommand.Add.class, FactorCommand.Claim.class})
final class FactorCommand {

    private static Case kase(CliContext context, Services services, long caseId) {
        return services.cases().find(caseId).orElseThrow(() -> new IllegalArgumentException(
                context.text(UserMessage.of("factors.noCase", String.valueOf(caseId)))));
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListFactors implements Callable<Integer> {
        private final CliContext context;

        @Option(names = "--case", required = true, paramLabel = "ID")
        long caseId;

        ListFactors(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Services services = context.services(AccessMode.READ_ONLY);
            Case kase = kase(context, services, caseId);
            FactorServices factors = services.factors();
            for (Factor f : factors.caseFactors().forCase(kase)) {
                context.out().println(f.code() + "\t" + f.label(Locale.ENGLISH) + "\t" + String.join(", ", f.evidence()));
            }
            factors.profileValidator().validate(kase, services.people().listForCase(caseId))
                    .forEach(f -> context.out().println(FactorText.finding(context, f)));
            return ExitCodes.OK;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add implements Callable<Integer> {
        private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{1,40}");
        private final CliContext context;

        @Option(names = "--case", required = true, paramLabel = "ID")
        long caseId;
        @Option(names = "--code", required = true, paramLabel = "CODE")
        String code;
        @Option(names = "--label", required = true, paramLabel = "TEXT")
        String label;
        @Option(names = "--description", paramLabel = "TEXT")
        String description;
        @Option(names = "--keywords", paramLabel = "WORDS", split = ",")
        List<String> keywords = List.of();

        Add(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Services services = context.services(AccessMode.READ_WRITE);
            Case kase = kase(context, services, caseId);
            if (!CODE.matcher(code).matches()) {
                throw new IllegalArgumentException(context.text(UserMessage.of("factors.factor.badCode", code)));
            }
            if (services.factors().caseFactors().find(kase, code).isPresent()
                    || services.factors().catalog().factor(code).isPresent()) {
                throw new IllegalArgumentException(context.text(UserMessage.of("factors.factor.exists", code)));
            }
            services.factors().customFactors().add(caseId, code, label.strip(), description, keywords);
            context.out().println(code);
            return ExitCodes.OK;
        }
    }

    @Command(name = "claim", mixinStandardHelpOptions = true)
    static final class Claim implements Callable<Integer> {
        private final CliContext context;

        @Option(names = "--case", required = true, paramLabel = "ID")
        long caseId;
        @Option(names = "--factor", required = true, paramLabel = "CODE")
        String factor;
        @Option(names = "--person", paramLabel = "ID")
        Long personId;
        @Option(names = "--scenario", paramLabel = "S")
        String scenario = "both";

        Claim(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Scenario parsed = Scenario.fromCode(scenario).orElseThrow(() ->
                    new IllegalArgumentException(context.get("cli.unknownScenario", scenario)));
            Services services = context.services(AccessMode.READ_WRITE);
            Case kase = kase(context, services, caseId);
            Optional<UserMessage> problem = services.factors().tagging().problem(kase, factor, personId);
            if (problem.isPresent()) {
                context.err().println(context.error(context.text(problem.get())));
                return ExitCodes.USAGE;
            }
            services.factors().claims().claim(caseId, personId, factor, parsed);
            return ExitCodes.OK;
        }
    }
}
