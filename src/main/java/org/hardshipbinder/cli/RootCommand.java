package org.hardshipbinder.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "hardship-binder", mixinStandardHelpOptions = true, version = "Hardship Binder 0.1",
        description = {"Assembles the evidence for extreme-hardship waivers and humanitarian parole, offline.",
                "Without a command, the same jar opens the desktop app."},
        subcommands = {CaseCommand.class, PersonCommand.class, ImportCommand.class, DocumentsCommand.class,
                VerifyCommand.class, BackupCommand.class, OcrCommand.class, SearchCommand.class, DocumentCommand.class,
                TagCommand.class, SuggestCommand.class, CoverageCommand.class, FactorCommand.class, BinderCommand.class, CheckCommand.class,
                ChronologyCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:usage error", "2:could not run (vault missing, locked, corrupt)",
                "3:finished, but some inputs were rejected or errors were found"})
final class RootCommand {

    private final CliContext context;

    RootCommand(CliContext context) {
        this.context = context;
    }

    @Option(names = "--vault", paramLabel = "DIR", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "The vault folder (default: $HARDSHIP_BINDER_VAULT, else your user's application-data folder).")
    void vault(Path directory) {
        context.vaultDirectory(directory);
    }
}
