package org.hardshipbinder.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hardshipbinder.vault.AccessMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "backup", mixinStandardHelpOptions = true)
final class BackupCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    BackupCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try {
            Path written = context.services(AccessMode.READ_ONLY).backup().backupTo(out);
            context.out().println(context.get("cli.backup.written", written));
            return ExitCodes.OK;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
