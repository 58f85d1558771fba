package org.hardshipbinder.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * SHA-256 of files on a thread of their own, so that a file's checksum is computed while the importing thread parses
 * its pages: on a 40 MB scan the two take about as long, and a second core does one while the first does the other
 * (ADR 0008). One batch uses one instance and closes it; a checksum not collected by then is abandoned.
 */
final class Checksums implements AutoCloseable {

    private static final int BUFFER = 1 << 20;

    private final ExecutorService thread = Executors.newSingleThreadExecutor(work -> {
        Thread t = new Thread(work, "import-checksum");
        t.setDaemon(true);
        return t;
    });

    /** Starts the checksum of {@code file}; {@link Pending#get()} waits for it. */
    Pending start(Path file) {
        Future<String> result = thread.submit(() -> sha256(file));
        return () -> {
            try {
                return result.get();
            } catch (InterruptedException e) {
                result.cancel(true);
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading " + file.getFileName());
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                if (e.getCause() instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
                throw new IllegalStateException(e.getCause());
            }
        };
    }

    /** A checksum being computed. */
    @FunctionalInterface
    interface Pending {
        String get() throws IOException;
    }

    /** The SHA-256 of a file's bytes, in lower-case hex, read in 1 MiB pieces. */
    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[BUFFER];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
