package org.hardshipbinder.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hardshipbinder.vault.Passphrase;
import org.hardshipbinder.vault.RestoreResult;
import org.hardshipbinder.wiring.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code restore --from BACKUP}: the vault replaced by a checked backup. The command never opens the vault itself;
 * the restore takes the vault's lock, so it refuses while the app (or another command) has the vault open.
 */
@Command(name = "restore", mixinStandardHelpOptions = true)
final class RestoreCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--from", required = true, paramLabel = "BACKUP")
    Path from;

    @Option(names = "--backup-passphrase-file", paramLabel = "FILE")
    Path backupPassphraseFile;

    RestoreCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Path dir = context.resolvedVaultDirectory();
        Passphrase passphrase = backupPassphraseFile != null ? context.readPassphrase(backupPassphraseFile) : context.passphrase();
        RestoreResult result = Services.restorer().restore(dir, from, passphrase, step -> {
        });
        if (result instanceof RestoreResult.Refused refused) {
            context.err().println(context.error(context.text(refused.reason())));
            return ExitCodes.CANNOT_RUN;
        }
        RestoreResult.Restored restored = (RestoreResult.Restored) result;
        context.out().println(context.get("restore.done", dir, from.toAbsolutePath()));
        if (restored.upgraded()) {
            context.out().println(context.get("restore.upgraded", restored.fromVersion(), restored.toVersion()));
        }
        context.out().println(context.get(restored.encrypted() ? "restore.nowEncrypted" : "restore.nowPlain"));
        if (restored.keptAside() != null) {
            context.out().println(context.get("restore.keptAside", restored.keptAside()));
        }
        return ExitCodes.OK;
    }
}
