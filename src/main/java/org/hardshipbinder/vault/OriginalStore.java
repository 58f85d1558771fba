package org.hardshipbinder.vault;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The original files' bytes, stored unchanged in 1 MiB chunks so that memory stays bounded whatever the file size.
 */
public final class OriginalStore {

    static final int CHUNK_SIZE = 1 << 20;

    private final Vault vault;

    public OriginalStore(Vault vault) {
        this.vault = vault;
    }

    /** Stores the bytes of {@code file} of an original, inside the caller's transaction when there is one. */
    public void store(long originalId, Path file) {
        vault.write(c -> {
            try (InputStream in = Files.newInputStream(file);
                 PreparedStatement ps = c.prepareStatement("INSERT INTO original_chunks(original_id, seq, data) VALUES (?,?,?)")) {
                byte[] buffer = new byte[CHUNK_SIZE];
                int seq = 0;
                int filled;
                while ((filled = in.readNBytes(buffer, 0, CHUNK_SIZE)) > 0) {
                    ps.setLong(1, originalId);
                    ps.setInt(2, seq++);
                    ps.setBytes(3, filled == CHUNK_SIZE ? buffer : java.util.Arrays.copyOf(buffer, filled));
                    ps.executeUpdate();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    /** Streams an original's bytes, one chunk in memory at a time. */
    public InputStream open(long originalId) {
        return new ChunkInputStream(this, originalId);
    }

    /** Bytes per stored chunk: chunk {@code n} holds bytes {@code n * chunkSize()} up to the next chunk's start. */
    public static int chunkSize() {
        return CHUNK_SIZE;
    }

    /** One stored chunk of an original, or empty past its end; for readers that seek. */
    public Optional<byte[]> chunk(long originalId, int seq) {
        return vault.read(c -> Jdbc.queryOne(c, "SELECT data FROM original_chunks WHERE original_id = ? AND seq = ?",
                rs -> rs.getBytes(1), originalId, seq));
    }

    /** The SHA-256 of what is stored now, or empty when no chunk is stored. */
    public Optional<String> sha256(long originalId) {
        try (InputStream in = open(originalId)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
                total += n;
            }
            return total == 0 && !hasChunks(originalId) ? Optional.empty() : Optional.of(HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean hasChunks(long originalId) {
        return vault.read(c -> Jdbc.count(c, "SELECT count(*) FROM original_chunks WHERE original_id = ?", originalId)) > 0;
    }

    private static final class ChunkInputStream extends InputStream {
        private final OriginalStore store;
        private final long originalId;
        private int nextSeq;
        private byte[] chunk = new byte[0];
        private int position;
        private boolean finished;

        ChunkInputStream(OriginalStore store, long originalId) {
            this.store = store;
            this.originalId = originalId;
        }

        private boolean fill() {
            if (finished) {
                return false;
            }
            if (position < chunk.length) {
                return true;
            }
            byte[] next = store.chunk(originalId, nextSeq).orElse(null);
            if (next == null) {
                finished = true;
                return false;
            }
            nextSeq++;
            chunk = next;
            position = 0;
            return chunk.length > 0 || fill();
        }

        @Override
        public int read() {
            return fill() ? chunk[position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, chunk.length - position);
            System.arraycopy(chunk, position, b, off, n);
            position += n;
            return n;
        }
    }
}
