package org.hardshipbinder.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What the launcher was asked for when it names no command: the desktop app, on the vault of {@code --vault DIR} (or
 * the usual one), with the files it was given (the desktop's "Open with") to offer for import.
 */
record LaunchRequest(Path vault, List<Path> files) {

    LaunchRequest {
        files = List.copyOf(files);
    }

    /**
     * The desktop request, or empty when the arguments name a command or an option of the command line (they go to
     * the command line, which explains any mistake). Files must exist to count as files.
     */
    static Optional<LaunchRequest> parse(String[] args, Predicate<String> isCommand) {
        Path vault = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--vault") && i + 1 < args.length) {
                vault = Path.of(args[++i]);
            } else if (arg.startsWith("--vault=")) {
                vault = Path.of(arg.substring("--vault=".length()));
            } else if (arg.startsWith("-") || isCommand.test(arg) || !Files.exists(Path.of(arg))) {
                return Optional.empty();
            } else {
                files.add(Path.of(arg).toAbsolutePath());
            }
        }
        return Optional.of(new LaunchRequest(vault, files));
    }
}
