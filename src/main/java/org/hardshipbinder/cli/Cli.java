package org.hardshipbinder.cli;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.hardshipbinder.logging.AppLogging;
import org.hardshipbinder.logging.LogFolder;
import org.hardshipbinder.vault.VaultException;
import org.hardshipbinder.vault.VaultUnavailableException;
import picocli.CommandLine;

/** Runs one command of the command-line contract and returns its exit code. */
public final class Cli {

    private Cli() {
    }

    public static int run(CliContext context, String... args) {
        Optional<Locale> language = CliLanguage.of(args, Locale.getDefault());
        if (language.isEmpty()) {
            context.err().println(context.error(context.get("cli.unknownLanguage", CliLanguage.requested(args))));
            context.close();
            return ExitCodes.USAGE;
        }
        context.language(language.get());
        CommandLine commandLine = commandLine(context, TopCommands.named(args).map(List::<Class<?>>of)
                .orElse(TopCommands.ALL));
        try {
            return commandLine.execute(args);
        } finally {
            context.close();
        }
    }

    /** The whole command line, every command. */
    static CommandLine commandLine(CliContext context) {
        return commandLine(context, TopCommands.ALL);
    }

    private static CommandLine commandLine(CliContext context, List<Class<?>> commands) {
        ContextFactory factory = new ContextFactory(context);
        CommandLine commandLine = new CommandLine(RootCommand.class, factory);
        commands.forEach(command -> commandLine.addSubcommand(new CommandLine(command, factory)));
        commandLine.setResourceBundle(new HelpTexts(context.messages()));
        String logFile = "%n" + context.get("cli.help.logFile",
                LogFolder.forThisMachine().resolve(AppLogging.CURRENT_FILE)).replace("%", "%%");
        withSubcommands(commandLine).forEach(c -> c.getCommandSpec().usageMessage().footer(logFile));
        commandLine.setOut(context.out());
        commandLine.setErr(context.err());
        commandLine.setParameterExceptionHandler((e, args) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println(context.error(e.getMessage()));
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, failed.getErr())) {
                failed.getErr().println(context.get("cli.tryHelp", failed.getCommandSpec().qualifiedName()));
            }
            return ExitCodes.USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof VaultUnavailableException unavailable) {
                context.err().println(context.error(context.text(unavailable.userMessage())));
                return ExitCodes.CANNOT_RUN;
            }
            if (e instanceof VaultException) {
                context.err().println(context.error(context.get("cli.vaultFailed", e.getMessage())));
                return ExitCodes.CANNOT_RUN;
            }
            if (e instanceof IllegalArgumentException) {
                context.err().println(context.error(e.getMessage()));
                return ExitCodes.USAGE;
            }
            throw e;
        });
        return commandLine;
    }

    private static Stream<CommandLine> withSubcommands(CommandLine commandLine) {
        return Stream.concat(Stream.of(commandLine),
                commandLine.getSubcommands().values().stream().flatMap(Cli::withSubcommands));
    }

    /** Gives commands that take a {@link CliContext} their context; everything else is built by picocli's default. */
    private record ContextFactory(CliContext context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                if (constructor.getParameterCount() == 1 && constructor.getParameterTypes()[0] == CliContext.class) {
                    constructor.setAccessible(true);
                    return type.cast(constructor.newInstance(context));
                }
            }
            return CommandLine.defaultFactory().create(type);
        }
    }

    /** Whether {@code word} names a command of the command line (so the launcher runs it instead of the window). */
    public static boolean isCommand(String word) {
        return TopCommands.isCommand(word);
    }

    /** For tests and callers that want everything printed to given writers. */
    public static CliContext context(PrintWriter out, PrintWriter err) {
        return new CliContext(org.hardshipbinder.wiring.Services::open, System::getenv, out, err);
    }
}
