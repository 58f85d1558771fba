package org.hardshipbinder.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.vault.Passphrase;
import org.hardshipbinder.vault.VaultRekey;
import org.hardshipbinder.vault.VaultUnavailableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vault encrypt | passphrase}: encryption at rest of the whole vault. */
@Command(name = "vault", mixinStandardHelpOptions = true,
        subcommands = {VaultCommand.Encrypt.class, VaultCommand.ChangePassphrase.class})
final class VaultCommand {

    /** A plain vault → encrypted with the passphrase given (--passphrase-file or the variable). */
    @Command(name = "encrypt", mixinStandardHelpOptions = true)
    static final class Encrypt implements Callable<Integer> {
        private final CliContext context;

        Encrypt(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Path dir = context.resolvedVaultDirectory();
            Passphrase passphrase = required(context, context.passphrase(), "vault.passphraseRequired");
            return report(context, VaultRekey.encrypt(dir, passphrase), dir, "vault.encrypted");
        }
    }

    /** An encrypted vault → the same vault under the new passphrase (--new-passphrase-file). */
    @Command(name = "passphrase", mixinStandardHelpOptions = true)
    static final class ChangePassphrase implements Callable<Integer> {
        private final CliContext context;

        @Option(names = "--new-passphrase-file", required = true, paramLabel = "FILE")
        Path newPassphraseFile;

        ChangePassphrase(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Path dir = context.resolvedVaultDirectory();
            Passphrase current = required(context, context.passphrase(), "vault.passphraseRequired");
            Passphrase next = context.readPassphrase(newPassphraseFile);
            return report(context, VaultRekey.changePassphrase(dir, current, next), dir, "vault.passphraseChanged");
        }
    }

    private static Passphrase required(CliContext context, Passphrase passphrase, String messageKey) {
        if (!passphrase.given()) {
            throw new VaultUnavailableException(UserMessage.of(messageKey), "no passphrase given", null);
        }
        return passphrase;
    }

    private static int report(CliContext context, VaultRekey.Outcome outcome, Path dir, String doneKey) {
        switch (outcome) {
            case DONE -> {
                context.out().println(context.get(doneKey, dir));
                return ExitCodes.OK;
            }
            case ALREADY_ENCRYPTED -> context.err().println(context.error(context.get("vault.alreadyEncrypted", dir)));
            case NOT_ENCRYPTED -> context.err().println(context.error(context.get("vault.notEncrypted", dir)));
        }
        return ExitCodes.CANNOT_RUN;
    }
}
