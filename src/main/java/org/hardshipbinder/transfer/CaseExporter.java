package org.hardshipbinder.transfer;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.hardshipbinder.checks.CheckService;
import org.hardshipbinder.checks.core.CheckSettings;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.vault.CaseRowsReader;
import org.hardshipbinder.vault.Passphrase;

/**
 * Writes one case, entire, into one file sealed with a passphrase given for it (see
 * docs/decisions/vault-0002-case-export-file.md). The file is written beside its target and moved into place only
 * when complete, so a stopped export leaves no half file under the name asked for.
 */
public final class CaseExporter {

    static final String FORMAT = "hardship-binder-case";
    static final String META = "#export";
    static final String DISMISSALS_IN_EFFECT = "#dismissals_in_effect";

    private final CaseRowsReader rows;
    private final CheckService checks;
    private final Clock clock;

    public CaseExporter(CaseRowsReader rows, CheckService checks, Clock clock) {
        this.rows = rows;
        this.checks = checks;
        this.clock = clock;
    }

    public ExportOutcome export(long caseId, Path target, Passphrase passphrase) {
        if (!passphrase.given()) {
            return new ExportOutcome.Refused(UserMessage.of("transfer.export.noPassphrase"));
        }
        if (!rows.exists(caseId)) {
            return new ExportOutcome.Refused(UserMessage.of("transfer.export.noSuchCase", caseId));
        }
        Path file = target.toAbsolutePath();
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            Files.createDirectories(file.getParent());
            CaseFileHeader header = CaseFileHeader.fresh();
            Seal seal = new Seal(passphrase.fileKey(header.key()), header);
            long count;
            try (OutputStream out = new SealedOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)),
                    header, seal)) {
                RowCodec.Encoder encoder = new RowCodec.Encoder(out);
                encoder.table(META, List.of("key", "value"));
                encoder.row(new Object[] {"format", FORMAT});
                encoder.row(new Object[] {"version", (long) CaseFileHeader.VERSION});
                encoder.row(new Object[] {"exported_at", Instant.now(clock).toString()});
                rows.copy(caseId, encoder);
                encoder.table(DISMISSALS_IN_EFFECT, List.of("key"));
                for (String key : checks.dismissalsInEffect(caseId, CheckSettings.defaults())) {
                    encoder.row(new Object[] {key});
                }
                encoder.end();
                count = encoder.rows();
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new ExportOutcome.Exported(file, Files.size(file), count);
        } catch (IOException e) {
            return new ExportOutcome.Refused(UserMessage.of("transfer.export.cannotWrite", file, e.getMessage()));
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // Nothing readable is in it: the partial file is sealed like the finished one.
            }
        }
    }
}
