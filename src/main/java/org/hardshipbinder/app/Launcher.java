package org.hardshipbinder.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.hardshipbinder.cli.Cli;
import org.hardshipbinder.cli.RootCommand;
import org.hardshipbinder.logging.AppLogging;

/**
 * The jar's entry point. It does not extend {@code Application}, so a plain {@code java -jar} starts JavaFX from
 * the classpath. No arguments opens the desktop app; arguments run a command of the command-line contract.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        // Before any library logs: their records go to the log file, not the terminal (--verbose shows them too).
        AppLogging.installForThisMachine(Arrays.asList(args).contains(RootCommand.VERBOSE));
        if (args.length == 0) {
            DesktopApp.launchApp();
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(Cli.run(Cli.context(out, err), args));
    }
}
