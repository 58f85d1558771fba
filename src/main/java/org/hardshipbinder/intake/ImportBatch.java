package org.hardshipbinder.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hardshipbinder.model.UserMessage;

/**
 * The files of one import, made ready before anything is stored: folders expanded, each file put through the cheap
 * checks, and the checksum of each file that passed started on a thread of its own. Needs no vault, so a command can
 * start it before it opens the vault and the first checksum runs meanwhile (ADR 0008). Closing it abandons the
 * checksums not collected.
 */
public final class ImportBatch implements AutoCloseable {

    /** One file: what the cheap checks said, and its checksum when they passed it. */
    record Item(Path file, Preflight.Result screened, Checksums.Pending sha256) {
    }

    private final ImportOptions options;
    private final List<Item> items = new ArrayList<>();
    private final Checksums checksums = new Checksums();

    private ImportBatch(List<Path> files, ImportOptions options) {
        this.options = options;
        FileSniffer sniffer = new FileSniffer();
        for (Path file : files) {
            Preflight.Result screened;
            try {
                screened = Preflight.screen(sniffer, file, options);
            } catch (IOException e) {
                screened = new Preflight.Refused(UserMessage.of("intake.rejected.unreadable", e.getMessage()));
            }
            items.add(new Item(file, screened, screened instanceof Preflight.Passed ? checksums.start(file) : null));
        }
    }

    /** Files and the files inside folders (a scanner's output folder), in name order. */
    public static ImportBatch start(List<Path> paths, ImportOptions options) {
        return new ImportBatch(ImportService.expand(paths), options);
    }

    /** Exactly these files, folders not expanded (a folder is refused as not a file). */
    static ImportBatch ofFiles(List<Path> files, ImportOptions options) {
        return new ImportBatch(files, options);
    }

    ImportOptions options() {
        return options;
    }

    List<Item> items() {
        return items;
    }

    @Override
    public void close() {
        checksums.close();
    }
}
