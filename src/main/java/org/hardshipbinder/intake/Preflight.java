package org.hardshipbinder.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.hardshipbinder.model.MediaType;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.model.Original;
import org.hardshipbinder.vault.OriginalRepository;
import org.hardshipbinder.vault.RefusedDuplicateRepository;

/** The cheap checks that run before a file is parsed: it exists, is not empty or too large, has a known type, is new to the case
 * (the same bytes as an earlier original of the case, whatever documents its pages went to since). */
public final class Preflight {

    /** Either the file passed, with what was learned about it, or the reason it was refused. */
    public sealed interface Result {
    }

    public record Passed(MediaType mediaType, long sizeBytes, String sha256) implements Result {
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

    public Result check(long caseId, Path file, ImportOptions options) throws IOException {
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
        MediaType type = ((Sniffed.Supported) sniffed).mediaType();
        String sha = sha256(file);
        Optional<Original> existing = originals.findBySha256(caseId, sha);
        if (existing.isPresent()) {
            return new Refused(duplicate(caseId, file, existing.get()));
        }
        return new Passed(type, size, sha);
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

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
