package org.hardshipbinder.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hardshipbinder.cli.Cli;

/**
 * Drives the app through its command-line contract, in this process, on one vault folder: the same services the
 * window uses, and the same commands a reviewer would type.
 */
final class AppDriver {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path vault;

    AppDriver(Path vault) {
        this.vault = vault;
    }

    /** Runs one command; returns its standard output. A failed command (exit 1 or 2) stops the evaluation. */
    String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--vault", vault.toString()));
        all.addAll(List.of(args));
        int code = Cli.run(Cli.context(new PrintWriter(out, true), new PrintWriter(err, true)), all.toArray(String[]::new));
        if (code == 1 || code == 2) {
            throw new IllegalStateException(String.join(" ", args) + " failed (" + code + "): " + err);
        }
        return out.toString();
    }

    JsonNode json(String... args) {
        try {
            return JSON.readTree(run(args));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("not JSON from " + String.join(" ", args), e);
        }
    }
}
