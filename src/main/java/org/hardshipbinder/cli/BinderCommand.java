package org.hardshipbinder.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hardshipbinder.binder.BinderOutcome;
import org.hardshipbinder.binder.BinderRequest;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.wiring.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "binder", mixinStandardHelpOptions = true,
        subcommands = {BinderPlanCommand.class, BinderSettingsCommand.class, BinderEditCommand.class})
final class BinderCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--case", paramLabel = "ID")
    Long caseId;
    @Option(names = "--out", paramLabel = "FILE.pdf")
    Path out;
    @Option(names = "--index-out", paramLabel = "FILE.pdf")
    Path indexOut;
    @Option(names = "--max-mb", paramLabel = "N")
    Integer maxMb;

    BinderCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (caseId == null || out == null) {
            throw new IllegalArgumentException(context.get("cli.binder.needsCaseAndOut"));
        }
        Services services = context.services(AccessMode.READ_WRITE);
        BinderOutcome outcome = services.binderBuilder().build(caseId, new BinderRequest(out, indexOut, maxMb));
        if (outcome instanceof BinderOutcome.Stopped stopped) {
            context.err().println(context.error(context.text(stopped.reason())));
            return ExitCodes.FINISHED_WITH_PROBLEMS;
        }
        BinderOutcome.Built built = (BinderOutcome.Built) outcome;
        for (int i = 0; i < built.volumes().size(); i++) {
            String mb = String.format(java.util.Locale.ROOT, "%.1f", built.sizes().get(i) / 1048576.0);
            context.out().println(context.text(UserMessage.of("binder.cli.wrote", built.volumes().get(i), mb)));
        }
        if (built.indexFile() != null) {
            context.out().println(context.text(UserMessage.of("binder.cli.wroteIndex", built.indexFile())));
        }
        context.out().println(context.text(UserMessage.of("binder.cli.summary", built.exhibits(), built.binderPages(),
                built.volumes().size())));
        built.warnings().forEach(w -> context.err().println(context.get("cli.warning", context.text(w))));
        return built.warnings().isEmpty() ? ExitCodes.OK : ExitCodes.FINISHED_WITH_PROBLEMS;
    }
}
