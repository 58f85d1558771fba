package org.hardshipbinder.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "hardship-binder", mixinStandardHelpOptions = true, version = "Hardship Binder 0.1",
        description = {"Assembles the evidence for extreme-hardship waivers and humanitarian parole, offline.",
                "Without a command, the same jar opens the desktop app."},
        subcommands = {CaseCommand.class, PersonCommand.class, ImportCommand.class, DocumentsCommand.class,
                VerifyCommand.class, BackupCommand.class, OcrCommand.class, SearchCommand.class, DocumentCommand.class,
                TagCommand.class, SuggestCommand.class, CoverageCommand.class, FactorCommand.class, BinderCommand.class, CheckCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:usage error", "2:could not run (vault missing, locked, corrupt)",
                "3:finished, but some inputs were rejected or errors were found"})
public final class RootCommand {

    /** Read by the launcher before the command line is parsed: logging is set up before any library loads. */
    public static final String VERBOSE = "--verbose";

    private final CliContext context;

    RootCommand(CliContext context) {
        this.context = context;
    }

    @Option(names = "--vault", paramLabel = "DIR", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "The vault folder (default: $HARDSHIP_BINDER_VAULT, else your user's application-data folder).")
    void vault(Path directory) {
        context.vaultDirectory(directory);
    }

    @Option(names = VERBOSE, scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Also show the libraries' log messages on the terminal (they always go to the log file).")
    boolean verbose;
}
