package org.hardshipbinder.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The root command; its subcommands ({@link TopCommands}) are added by {@link Cli} as a run needs them. */
@Command(name = "hardship-binder", mixinStandardHelpOptions = true, version = "Hardship Binder 0.1")
public final class RootCommand {

    /** Read by the launcher before the command line is parsed: logging is set up before any library loads. */
    public static final String VERBOSE = "--verbose";

    private final CliContext context;

    RootCommand(CliContext context) {
        this.context = context;
    }

    @Option(names = "--vault", paramLabel = "DIR", scope = picocli.CommandLine.ScopeType.INHERIT)
    void vault(Path directory) {
        context.vaultDirectory(directory);
    }

    @Option(names = "--passphrase-file", paramLabel = "FILE", scope = picocli.CommandLine.ScopeType.INHERIT)
    void passphraseFile(Path file) {
        context.passphraseFile(file);
    }

    @Option(names = VERBOSE, scope = picocli.CommandLine.ScopeType.INHERIT)
    boolean verbose;

    /** Read by {@link Cli#run} before the command line is built: the help is printed in that language too. */
    @Option(names = CliLanguage.OPTION, paramLabel = "en|es", scope = picocli.CommandLine.ScopeType.INHERIT)
    String language;
}
