package org.hardshipbinder.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hardshipbinder.editing.TrashService;
import org.hardshipbinder.model.TrashEntry;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.vault.AccessMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trash list | restore | empty --case ID}. */
@Command(name = "trash", mixinStandardHelpOptions = true,
        description = "What was deleted from a case: list it, restore an entry, or empty the trash for good.",
        subcommands = {TrashCommand.ListTrash.class, TrashCommand.Restore.class, TrashCommand.Empty.class})
final class TrashCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the case's trash, newest first.")
    static final class ListTrash implements Callable<Integer> {
        private final CliContext context;

        @Option(names = "--case", required = true, paramLabel = "ID")
        long caseId;
        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        ListTrash(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            List<TrashEntry> entries = context.services(AccessMode.READ_ONLY).trash().list(caseId);
            if (json) {
                context.printJson(Map.of("trash", entries.stream().map(ListTrash::row).toList()));
            } else if (entries.isEmpty()) {
                context.out().println(context.text(UserMessage.of("cli.trash.empty")));
            } else {
                entries.forEach(e -> context.out().println(e.id() + "\t" + context.text(describe(e)) + "\t" + e.deletedAt()));
            }
            return ExitCodes.OK;
        }

        private static Map<String, Object> row(TrashEntry e) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", e.id());
            row.put("kind", e.kind().name().toLowerCase(Locale.ROOT));
            row.put("item", e.itemId());
            row.put("document", e.documentId());
            row.put("page", e.pageNumber());
            row.put("label", e.label());
            row.put("deleted_at", e.deletedAt().toString());
            return row;
        }
    }

    static UserMessage describe(TrashEntry e) {
        return switch (e.kind()) {
            case DOCUMENT -> UserMessage.of("cli.trash.document", e.itemId(), e.label());
            case PAGE -> UserMessage.of("cli.trash.page", e.pageNumber(), e.documentId(), e.label());
            case PERSON -> UserMessage.of("cli.trash.person", e.label());
        };
    }

    @Command(name = "restore", mixinStandardHelpOptions = true, description = "Put a trash entry back where it was.")
    static final class Restore implements Callable<Integer> {
        private final CliContext context;

        @Option(names = "--case", required = true, paramLabel = "ID")
        long caseId;
        @Parameters(index = "0", paramLabel = "ENTRY", description = "The entry's id, as 'trash list' shows it.")
        long entry;

        Restore(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            var services = context.services(AccessMode.READ_WRITE);
            boolean ofCase = services.trash().list(caseId).stream().anyMatch(e -> e.id() == entry);
            return EditOutput.print(context, ofCase ? services.trash().restore(entry)
                    : new org.hardshipbinder.editing.EditOutcome.Refused(UserMessage.of("trash.refused.noSuchEntry", entry)),
                    false);
        }
    }

    @Command(name = "empty", mixinStandardHelpOptions = true,
            description = "Empty the case's trash for good; originals no page uses any more are deleted and their space freed.")
    static final class Empty implements Callable<Integer> {
        private final CliContext context;

        @Option(names = "--case", required = true, paramLabel = "ID")
        long caseId;
        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        Empty(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            TrashService.Emptied e = context.services(AccessMode.READ_WRITE).trash().empty(caseId);
            if (json) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("entries", e.entries());
                row.put("originals", e.originals());
                row.put("original_bytes", e.originalBytes());
                row.put("vault_bytes_before", e.fileBytesBefore());
                row.put("vault_bytes_after", e.fileBytesAfter());
                context.printJson(row);
            } else {
                context.out().println(context.text(UserMessage.of("cli.trash.emptied", e.entries(), e.originals(),
                        megabytes(e.fileBytesBefore() - e.fileBytesAfter()))));
            }
            return ExitCodes.OK;
        }

        private static String megabytes(long bytes) {
            return String.format(Locale.ROOT, "%.1f", Math.max(0, bytes) / (1024.0 * 1024.0));
        }
    }
}
