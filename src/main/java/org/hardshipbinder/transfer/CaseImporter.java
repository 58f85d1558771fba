package org.hardshipbinder.transfer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hardshipbinder.checks.CheckService;
import org.hardshipbinder.checks.core.CheckSettings;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.vault.AuditLog;
import org.hardshipbinder.vault.CaseRowSink;
import org.hardshipbinder.vault.CaseRowsRefused;
import org.hardshipbinder.vault.CaseRowsWriter;
import org.hardshipbinder.vault.Passphrase;
import org.hardshipbinder.vault.Vault;
import org.hardshipbinder.vault.VaultException;

/**
 * Brings a case file into this vault as a new case: new ids for everything, nothing else changed, all in one
 * transaction. The file's header and passphrase are checked before anything is written; the rows are authenticated
 * chunk by chunk as they are inserted, and a file found cut short or changed on the way rolls everything back.
 */
public final class CaseImporter {

    private final Vault vault;
    private final CheckService checks;
    private final AuditLog audit;

    public CaseImporter(Vault vault, CheckService checks, AuditLog audit) {
        this.vault = vault;
        this.checks = checks;
        this.audit = audit;
    }

    public ImportOutcome importFile(Path file, Passphrase passphrase) {
        if (!passphrase.given()) {
            return refused("transfer.import.noPassphrase", file);
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            CaseFileHeader header = CaseFileHeader.read(in);
            Seal seal = new Seal(passphrase.fileKey(header.key()), header);
            if (!seal.keyCheckHolds(in.readNBytes(Seal.TAG_BYTES))) {
                throw new CaseFileProblem(CaseFileProblem.Kind.WRONG_PASSPHRASE, "key check");
            }
            SealedInputStream rows = new SealedInputStream(in, header, seal);
            long[] result = vault.write(c -> {
                try {
                    return insert(rows, new CaseRowsWriter(c), file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return new ImportOutcome.Imported(result[0], result[1]);
        } catch (NoSuchFileException e) {
            return refused("transfer.import.missing", file);
        } catch (UncheckedIOException e) {
            return problem(e.getCause(), file);
        } catch (IOException e) {
            return problem(e, file);
        } catch (CaseRowsRefused | VaultException e) {
            return doesNotFit(e, file);
        }
    }

    private long[] insert(SealedInputStream source, CaseRowsWriter writer, Path file) throws IOException {
        Filter filter = new Filter(writer);
        RowCodec.decode(source, filter);
        if (source.read() >= 0) {
            throw new CaseFileProblem(CaseFileProblem.Kind.TAMPERED, "data after the end mark");
        }
        if (!filter.formatSeen) {
            throw new CaseFileProblem(CaseFileProblem.Kind.FOREIGN, "no format mark");
        }
        long caseId = writer.finish();
        Set<String> inEffect = new HashSet<>();
        for (String key : filter.inEffect) {
            int hash = key.indexOf('#');
            if (hash > 0) {
                inEffect.add(key.substring(0, hash + 1) + writer.translateSubject(key.substring(hash + 1)));
            }
        }
        checks.renewDismissals(caseId, inEffect, CheckSettings.defaults());
        audit.record("case.import", "case", caseId, file.getFileName().toString());
        return new long[] {caseId, filter.rows};
    }

    /** Passes the case's rows to the vault and keeps the file's own records (format mark, dismissals in effect). */
    private static final class Filter implements CaseRowSink {
        private final CaseRowsWriter writer;
        private final List<String> inEffect = new java.util.ArrayList<>();
        private String table = "";
        private boolean formatSeen;
        private long rows;

        Filter(CaseRowsWriter writer) {
            this.writer = writer;
        }

        @Override
        public void table(String name, List<String> columns) throws IOException {
            table = name;
            if (!name.startsWith("#")) {
                if (!formatSeen) {
                    throw new CaseFileProblem(CaseFileProblem.Kind.FOREIGN, "rows before the format mark");
                }
                writer.table(name, columns);
            }
        }

        @Override
        public void row(Object[] values) throws IOException {
            rows++;
            switch (table) {
                case CaseExporter.META -> {
                    if ("format".equals(values[0])) {
                        formatSeen = CaseExporter.FORMAT.equals(values[1]);
                    }
                }
                case CaseExporter.DISMISSALS_IN_EFFECT -> inEffect.add(String.valueOf(values[0]));
                default -> writer.row(values);
            }
        }
    }

    private static ImportOutcome problem(IOException e, Path file) {
        if (e instanceof CaseFileProblem p) {
            return switch (p.kind()) {
                case FOREIGN -> refused("transfer.import.foreign", file);
                case TRUNCATED -> refused("transfer.import.truncated", file);
                case TAMPERED -> refused("transfer.import.tampered", file);
                case WRONG_PASSPHRASE -> refused("transfer.import.wrongPassphrase", file);
                case NEWER -> refused("transfer.import.newer", file);
            };
        }
        return new ImportOutcome.Refused(UserMessage.of("transfer.import.unreadable", file, e.getMessage()));
    }

    private static ImportOutcome doesNotFit(RuntimeException e, Path file) {
        Throwable cause = e.getCause();
        if (cause instanceof UncheckedIOException u) {
            return problem(u.getCause(), file);
        }
        return new ImportOutcome.Refused(UserMessage.of("transfer.import.doesNotFit", file));
    }

    private static ImportOutcome refused(String key, Path file) {
        return new ImportOutcome.Refused(UserMessage.of(key, file.getFileName()));
    }
}
