package org.hardshipbinder.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hardshipbinder.transfer.ExportOutcome;
import org.hardshipbinder.transfer.ImportOutcome;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.vault.Passphrase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code case export | import}: one case, entire, in one file sealed with a passphrase given for it
 * (--export-passphrase-file, else the passphrase given as for the vault).
 */
final class CaseTransferCommands {

    private CaseTransferCommands() {
    }

    @Command(name = "export", mixinStandardHelpOptions = true)
    static final class Export implements Callable<Integer> {
        private final CliContext context;

        @Option(names = "--case", required = true, paramLabel = "ID")
        long caseId;
        @Option(names = "--out", required = true, paramLabel = "FILE")
        Path out;
        @Option(names = "--export-passphrase-file", paramLabel = "FILE")
        Path exportPassphraseFile;

        Export(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Passphrase passphrase = filePassphrase(context, exportPassphraseFile);
            var services = context.services(AccessMode.READ_ONLY);
            ExportOutcome outcome = services.caseExporter().export(caseId, out, passphrase);
            if (outcome instanceof ExportOutcome.Exported done) {
                context.out().println(context.get("cli.case.exported", caseId, done.file(), done.bytes()));
                return ExitCodes.OK;
            }
            context.err().println(context.error(context.text(((ExportOutcome.Refused) outcome).reason())));
            return ExitCodes.CANNOT_RUN;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import implements Callable<Integer> {
        private final CliContext context;

        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
        Path file;
        @Option(names = "--export-passphrase-file", paramLabel = "FILE")
        Path exportPassphraseFile;

        Import(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Passphrase passphrase = filePassphrase(context, exportPassphraseFile);
            var services = context.services(AccessMode.READ_WRITE);
            ImportOutcome outcome = services.caseImporter().importFile(file, passphrase);
            if (outcome instanceof ImportOutcome.Imported done) {
                context.out().println(done.caseId());
                return ExitCodes.OK;
            }
            context.err().println(context.error(context.text(((ImportOutcome.Refused) outcome).reason())));
            return ExitCodes.CANNOT_RUN;
        }
    }

    private static Passphrase filePassphrase(CliContext context, Path file) {
        return file != null ? context.readPassphrase(file) : context.passphrase();
    }
}
