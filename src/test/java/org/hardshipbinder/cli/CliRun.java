package org.hardshipbinder.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the command line in-process on a given vault folder and keeps what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun on(Path vault, String... args) {
        List<String> all = new ArrayList<>(List.of("--vault", vault.toString()));
        all.addAll(List.of(args));
        return raw(all.toArray(String[]::new));
    }

    static CliRun raw(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(Cli.context(new PrintWriter(out, true), new PrintWriter(err, true)), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
}
