package org.hardshipbinder.cli;

import java.util.concurrent.Callable;
import org.hardshipbinder.binder.BinderSettings;
import org.hardshipbinder.binder.LabelScheme;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.wiring.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "settings", mixinStandardHelpOptions = true)
final class BinderSettingsCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--case", required = true, paramLabel = "ID")
    long caseId;
    @Option(names = "--labels", paramLabel = "SCHEME")
    String labels;
    @Option(names = "--bates", paramLabel = "PREFIX")
    String bates;
    @Option(names = "--preparer", paramLabel = "NAME")
    String preparer;
    @Option(names = "--max-mb", paramLabel = "N")
    Integer maxMb;

    BinderSettingsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Services services = context.services(AccessMode.READ_WRITE);
        if (services.cases().find(caseId).isEmpty()) {
            throw new IllegalArgumentException(context.get("cli.noCase", caseId));
        }
        BinderSettings current = services.binderPlans().settings(caseId);
        LabelScheme scheme = labels == null ? current.labelScheme() : LabelScheme.fromCode(labels)
                .orElseThrow(() -> new IllegalArgumentException(context.get("cli.binder.settings.unknownLabels", labels)));
        BinderSettings changed = new BinderSettings(scheme, bates == null ? current.batesPrefix() : bates,
                preparer == null ? current.preparer() : preparer,
                maxMb == null ? current.maxMb() : maxMb <= 0 ? null : maxMb);
        services.binderPlans().saveSettings(caseId, changed);
        context.out().println("labels=" + changed.labelScheme().code() + "\tbates=" + nullToEmpty(changed.batesPrefix())
                + "\tpreparer=" + nullToEmpty(changed.preparer()) + "\tmax_mb=" + (changed.maxMb() == null ? "" : changed.maxMb()));
        return ExitCodes.OK;
    }

    private static String nullToEmpty(Object o) {
        return o == null ? "" : o.toString();
    }
}
