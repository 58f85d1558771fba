package org.hardshipbinder.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.hardshipbinder.model.MediaType;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.model.Original;
import org.hardshipbinder.vault.OriginalRepository;
import org.hardshipbinder.vault.RefusedDuplicateRepository;

/**
 * The checks that decide whether a file may be imported: the cheap ones that run before anything reads the whole
 * file (it exists, is not empty or too large, has a known type), and whether the case already has the same bytes
 * (an earlier original of the case, whatever documents its pages went to since), once its checksum is known.
 */
public final class Preflight {

    /** Either the file passed the cheap checks, with what was learned about it, or the reason it was refused. */
    public sealed interface Result {
    }

    public record Passed(MediaType mediaType, long sizeBytes) implements Result {
    }

    public record Refused(UserMessage reason) implements Result {
    }

    private final FileSniffer sniffer;
    private final OriginalRepository originals;
    private final RefusedDuplicateRepository refusals;

    public Preflight(FileSniffer sniffer, OriginalRepository originals, RefusedDuplicateRepository refusals) {
        this.sniffer = sniffer;
        this.originals = originals;
        this.refusals = refusals;
    }

    /** The cheap checks, before the file is read whole. */
    public Result screen(Path file, ImportOptions options) throws IOException {
        return screen(sniffer, file, options);
    }

    /** The cheap checks with a given sniffer: they need no vault. */
    static Result screen(FileSniffer sniffer, Path file, ImportOptions options) throws IOException {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            return new Refused(UserMessage.of("intake.rejected.notFound"));
        }
        long size = Files.size(file);
        if (size == 0) {
            return new Refused(UserMessage.of("intake.rejected.empty"));
        }
        if (size > options.maxBytes()) {
            return new Refused(UserMessage.of("intake.rejected.tooLarge", megabytes(size), megabytes(options.maxBytes())));
        }
        Sniffed sniffed = sniffer.sniff(file);
        if (sniffed instanceof Sniffed.Unsupported unsupported) {
            return new Refused(unsupported.reason());
        }
        return new Passed(((Sniffed.Supported) sniffed).mediaType(), size);
    }

    /** Why the file is refused when the case already has an original with its checksum {@code sha256}. */
    public Optional<UserMessage> duplicate(long caseId, Path file, String sha256) {
        return originals.findBySha256(caseId, sha256).map(earlier -> duplicate(caseId, file, earlier));
    }

    /**
     * Names the document that shows the earlier copy (its pages may all be in the trash now) and remembers the refusal,
     * so the duplicate check can still tell the user the file was brought in twice.
     */
    private UserMessage duplicate(long caseId, Path file, Original earlier) {
        return originals.documentsUsing(earlier.id()).stream().findFirst()
                .map(doc -> {
                    refusals.record(caseId, String.valueOf(file.getFileName()), doc);
                    return UserMessage.of("intake.rejected.duplicate", doc, earlier.fileName());
                })
                .orElseGet(() -> UserMessage.of("intake.rejected.duplicateInTrash", earlier.fileName()));
    }

    private static long megabytes(long bytes) {
        return Math.max(1, Math.round(bytes / (1024.0 * 1024.0)));
    }

}
