package org.hardshipbinder.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.hardshipbinder.cli.Cli;
import org.hardshipbinder.cli.RootCommand;
import org.hardshipbinder.logging.AppLogging;

/**
 * The jar's entry point. It does not extend {@code Application}, so a plain {@code java -jar} starts JavaFX from
 * the classpath. No command opens the desktop app (on {@code --vault DIR} if given, offering any files given for
 * import); a command runs as the command-line contract says.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws java.io.IOException {
        if (Boolean.getBoolean(ClassArchiveTraining.PROPERTY)) {
            // the installer's training run for the class-data-sharing archive (ADR 0007); it prints nothing
            System.exit(ClassArchiveTraining.run().succeeded() ? 0 : 1);
        }
        // Before any library logs: their records go to the log file, not the terminal (--verbose shows them too).
        AppLogging.installForThisMachine(Arrays.asList(args).contains(RootCommand.VERBOSE));
        var desktop = LaunchRequest.parse(args, Cli::isCommand);
        if (desktop.isPresent()) {
            DesktopApp.launchApp(desktop.get());
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(Cli.run(Cli.context(out, err), args));
    }
}
