package org.hardshipbinder.vault;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccess;
import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;

/**
 * What sealing PDFBox's scratch costs: {@code -Dbench.mb} MB written to one buffer in 8 KiB pieces then read back,
 * through PDFBox's own temporary file and through {@link SealedStreamCache} (no memory budget: every block goes to
 * the file), alternating runs. In the vault package because the sealed cache is package-private.
 */
public final class SealedScratchBench {

    public static void main(String[] args) throws Exception {
        int mb = Integer.getInteger("bench.mb", 128);
        int runs = Integer.getInteger("bench.runs", 5);
        Path dir = Files.createTempDirectory("sealed-bench");
        byte[] piece = new byte[8192];
        new Random(3).nextBytes(piece);
        long[] plain = new long[runs];
        long[] sealed = new long[runs];
        for (int r = 0; r < runs; r++) {
            plain[r] = run(IOUtils.createTempFileOnlyStreamCache(), piece, mb);
            sealed[r] = run(() -> new SealedStreamCache(dir, 0), piece, mb);
        }
        java.util.Arrays.sort(plain);
        java.util.Arrays.sort(sealed);
        System.out.printf("%d MB written then read back: PDFBox temp file median %d ms, sealed median %d ms, ratio %.2fx%n",
                mb, plain[runs / 2], sealed[runs / 2], (double) sealed[runs / 2] / plain[runs / 2]);
    }

    private static long run(StreamCacheCreateFunction create, byte[] piece, int mb) throws Exception {
        long start = System.nanoTime();
        try (RandomAccessStreamCache cache = create.create(); RandomAccess buffer = cache.createBuffer()) {
            long total = (long) mb * 1024 * 1024;
            for (long done = 0; done < total; done += piece.length) {
                buffer.write(piece);
            }
            buffer.seek(0);
            byte[] back = new byte[piece.length];
            while (buffer.read(back) > 0) {
                // read it all
            }
        }
        return (System.nanoTime() - start) / 1_000_000;
    }
}
