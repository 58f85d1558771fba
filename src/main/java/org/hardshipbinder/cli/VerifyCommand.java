package org.hardshipbinder.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.vault.IntegrityProbe.Problem;
import picocli.CommandLine.Command;

@Command(name = "verify", mixinStandardHelpOptions = true)
final class VerifyCommand implements Callable<Integer> {

    private final CliContext context;

    VerifyCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<Problem> problems = context.services(AccessMode.READ_ONLY).verifier().verify();
        if (problems.isEmpty()) {
            context.out().println(context.get("cli.verify.ok"));
            return ExitCodes.OK;
        }
        problems.forEach(p -> context.out().println(context.get("cli.verify.damaged", p.probe(), p.message())));
        return ExitCodes.FINISHED_WITH_PROBLEMS;
    }
}
