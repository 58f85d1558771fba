package org.hardshipbinder.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;

/**
 * Where PDF work spills when it does not stay in memory. For a plain vault, PDFBox's own temporary files (as before).
 * For an encrypted vault nothing readable may reach the disk: the spill goes to {@link SealedStreamCache} files in
 * the vault's scratch folder, sealed under a key made for each cache that never leaves memory.
 */
public final class ScratchSpace {

    private final Path folder;
    private final boolean sealed;

    ScratchSpace(Path folder, boolean sealed) {
        this.folder = folder;
        this.sealed = sealed;
    }

    /** Whether spilled work is sealed (the vault is encrypted). */
    public boolean sealed() {
        return sealed;
    }

    /** PDFBox buffers keeping up to {@code memoryBytes} in memory (0: none) and the rest in scratch files. */
    public StreamCacheCreateFunction pdfCache(long memoryBytes) {
        if (sealed) {
            return () -> new SealedStreamCache(Files.createDirectories(folder), memoryBytes);
        }
        return memoryBytes <= 0 ? IOUtils.createTempFileOnlyStreamCache() : MemoryUsageSetting.setupMixed(memoryBytes).streamCache;
    }

    /**
     * Deletes what an earlier run left in the scratch folder (a killed process cannot delete its files; sealed ones
     * are unreadable without their lost key, and older versions of the app left work files there in clear).
     */
    static void clearLeftovers(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(folder)).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // Another process may hold it (Windows); it is tried again at the next opening.
                }
            });
        } catch (IOException | java.io.UncheckedIOException ignored) {
            // Best effort: leftovers never stop the vault from opening.
        }
    }
}
