package org.hardshipbinder.logging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends every library's log records to a rotating file instead of the terminal. PDFBox (commons-logging), Tess4J
 * and JNA (SLF4J, bound to java.util.logging by slf4j-jdk14), JavaFX (System.Logger) and our own loggers all end in
 * java.util.logging, so replacing its console handler with a file handler quiets them all; the terminal keeps what
 * the commands print. With {@code verbose}, the records are also shown on stderr.
 */
public final class AppLogging {

    /** Five files of at most 1 MB each: the newest is {@code hardship-binder-0.log}. */
    public static final String FILE_PATTERN = "hardship-binder-%g.log";
    public static final String CURRENT_FILE = "hardship-binder-0.log";
    private static final int LIMIT_BYTES = 1_000_000;
    private static final int FILES = 5;
    private static final String FORMAT = "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n";

    private AppLogging() {
    }

    /**
     * Configures logging for this process: the file in {@code folder} (made when missing), and stderr too when
     * verbose. Returns the log file, or empty when the folder cannot be written (logging then goes nowhere rather
     * than to the terminal).
     */
    public static Optional<Path> install(Path folder, boolean verbose) {
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", FORMAT);
        }
        // JavaCPP (the OCR engine's loader) prints to stderr unless told to use SLF4J.
        if (System.getProperty("org.bytedeco.javacpp.logger") == null) {
            System.setProperty("org.bytedeco.javacpp.logger", "slf4j");
        }
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        if (verbose) {
            Handler console = new ConsoleHandler();
            console.setLevel(Level.INFO);
            console.setFormatter(new SimpleFormatter());
            root.addHandler(console);
        }
        try {
            Files.createDirectories(folder);
            FileHandler file = new FileHandler(folder.resolve(FILE_PATTERN).toString(), LIMIT_BYTES, FILES, true);
            file.setEncoding("UTF-8");
            file.setFormatter(new SimpleFormatter());
            file.setLevel(Level.ALL);
            root.addHandler(file);
            return Optional.of(folder.resolve(CURRENT_FILE));
        } catch (IOException | SecurityException unwritable) {
            return Optional.empty();
        }
    }

    /**
     * From now on this process's log records are written without the values that could name a person or a
     * document (see {@link RedactingFormatter}): called when an encrypted vault opens, since one log serves every
     * vault and lies outside them.
     */
    public static void redact() {
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            if (!(handler.getFormatter() instanceof RedactingFormatter)) {
                handler.setFormatter(new RedactingFormatter());
            }
        }
    }

    /** {@link #install} in the log folder of this machine. */
    public static Optional<Path> installForThisMachine(boolean verbose) {
        return install(LogFolder.forThisMachine(), verbose);
    }
}
