package org.hardshipbinder.vault;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.apache.pdfbox.io.RandomAccess;
import org.apache.pdfbox.io.RandomAccessStreamCache;

/**
 * PDFBox's scratch buffers for an encrypted vault. The first {@code memoryBytes} of blocks stay in memory; further
 * blocks go to one file in the vault's scratch folder, each sealed with AES-256-GCM under a random key made for this
 * cache and kept only in memory, with a fresh random nonce on every write and the block's slot as associated data (a
 * block cannot be moved or replayed into another slot). The file is deleted when the cache closes; one left by a
 * killed process is ciphertext whose key died with it.
 */
final class SealedStreamCache implements RandomAccessStreamCache {

    static final int BLOCK = 64 * 1024;
    private static final int NONCE = 12;
    private static final int TAG = 16;
    static final int SLOT = NONCE + BLOCK + TAG;

    private final Path folder;
    private final long memoryBytes;
    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();
    private final Deque<Long> freeSlots = new ArrayDeque<>();
    private long memoryUsed;
    private long slots;
    private Path path;
    private FileChannel file;
    private boolean closed;

    SealedStreamCache(Path folder, long memoryBytes) throws IOException {
        this.folder = folder;
        this.memoryBytes = Math.max(0, memoryBytes);
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, random);
            this.key = generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IOException("no AES key generator", e);
        }
    }

    @Override
    public RandomAccess createBuffer() throws IOException {
        if (closed) {
            throw new IOException("scratch cache closed");
        }
        return new SealedBuffer(this);
    }

    /** A block in memory when the budget allows, else null: the caller then takes a file slot. */
    synchronized byte[] memoryBlock() {
        if (memoryUsed + BLOCK > memoryBytes) {
            return null;
        }
        memoryUsed += BLOCK;
        return new byte[BLOCK];
    }

    synchronized void releaseMemory(int blocks) {
        memoryUsed -= (long) blocks * BLOCK;
    }

    synchronized long takeSlot() throws IOException {
        if (file == null) {
            path = Files.createTempFile(folder, "sealed-", ".scratch");
            file = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
        }
        Long free = freeSlots.poll();
        return free != null ? free : slots++;
    }

    synchronized void releaseSlot(long slot) {
        freeSlots.push(slot);
    }

    /** Seals {@code plain} (one block) into {@code slot}. */
    synchronized void store(long slot, byte[] plain) throws IOException {
        byte[] nonce = new byte[NONCE];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG * 8, nonce));
            cipher.updateAAD(slotBytes(slot));
            ByteBuffer out = ByteBuffer.allocate(SLOT);
            out.put(nonce);
            cipher.doFinal(ByteBuffer.wrap(plain, 0, BLOCK), out);
            out.flip();
            long at = slot * SLOT;
            while (out.hasRemaining()) {
                at += file.write(out, at);
            }
        } catch (GeneralSecurityException e) {
            throw new IOException("could not seal a scratch block", e);
        }
    }

    /** Opens the block in {@code slot} into {@code plain}; a block changed on disk is refused. */
    synchronized void load(long slot, byte[] plain) throws IOException {
        ByteBuffer in = ByteBuffer.allocate(SLOT);
        long at = slot * SLOT;
        while (in.hasRemaining()) {
            int n = file.read(in, at + in.position());
            if (n < 0) {
                throw new IOException("scratch block " + slot + " is missing");
            }
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG * 8, in.array(), 0, NONCE));
            cipher.updateAAD(slotBytes(slot));
            cipher.doFinal(in.array(), NONCE, BLOCK + TAG, plain, 0);
        } catch (GeneralSecurityException e) {
            throw new IOException("scratch block " + slot + " was changed on disk", e);
        }
    }

    private static byte[] slotBytes(long slot) {
        return ByteBuffer.allocate(Long.BYTES).putLong(slot).array();
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (file != null) {
                file.close();
            }
        } finally {
            if (path != null) {
                Files.deleteIfExists(path);
            }
        }
    }
}
