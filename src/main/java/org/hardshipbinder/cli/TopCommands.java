package org.hardshipbinder.cli;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;

/**
 * The top-level commands. Picocli builds a command's model by reflection, which costs a cold process about as much
 * as a small import (docs/benchmarks.md, Start-up), so a run builds only the command it was given; the whole tree is
 * built for the root's help and for a word that names no command (picocli then suggests one).
 */
final class TopCommands {

    static final List<Class<?>> ALL = List.of(CaseCommand.class, PersonCommand.class, ImportCommand.class,
            DocumentsCommand.class, VerifyCommand.class, BackupCommand.class, OcrCommand.class, SearchCommand.class,
            DocumentCommand.class, TagCommand.class, SuggestCommand.class, CoverageCommand.class, FactorCommand.class,
            BinderCommand.class, CheckCommand.class, ChronologyCommand.class, PageCommand.class, TrashCommand.class,
            VaultCommand.class, RestoreCommand.class);
    /** The root's options that take a value: their value is not a command's name. */
    private static final Set<String> ROOT_OPTIONS_WITH_VALUE = Set.of("--vault", "--passphrase-file", CliLanguage.OPTION);

    private TopCommands() {
    }

    static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    static boolean isCommand(String word) {
        return ALL.stream().anyMatch(c -> name(c).equals(word));
    }

    /** The command the arguments name (the first word that is not a root option or its value), if it is one. */
    static Optional<Class<?>> named(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (ROOT_OPTIONS_WITH_VALUE.contains(arg)) {
                i++;
            } else if (!arg.startsWith("-")) {
                return ALL.stream().filter(c -> name(c).equals(arg)).findFirst();
            }
        }
        return Optional.empty();
    }
}
