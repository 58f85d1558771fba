package org.hardshipbinder.transfer;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.util.Arrays;
import org.hardshipbinder.vault.KeyParameters;

/**
 * The clear start of a case file: a signature, the format version, how the key is derived from the passphrase
 * (Argon2id, salt and parameters) and the cipher's nonce prefix. None of it is secret; all of it is authenticated
 * (it is the associated data of every sealed chunk), and a key check right after it tells a wrong passphrase from
 * a damaged file.
 */
record CaseFileHeader(int version, KeyParameters key, byte[] noncePrefix, int chunkSize) {

    static final byte[] SIGNATURE = {'H', 'B', 'C', 'A', 'S', 'E', 0x1A, 0x0A};
    static final int VERSION = 1;
    static final int CHUNK_SIZE = 1 << 20;
    private static final int KDF_ARGON2ID = 1;
    private static final int CIPHER_AES_256_GCM = 1;

    static CaseFileHeader fresh() {
        byte[] prefix = new byte[8];
        new SecureRandom().nextBytes(prefix);
        return new CaseFileHeader(VERSION, KeyParameters.fresh(), prefix, CHUNK_SIZE);
    }

    byte[] encoded() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.write(SIGNATURE);
            out.writeShort(version);
            out.writeByte(KDF_ARGON2ID);
            out.writeByte(CIPHER_AES_256_GCM);
            out.writeInt(key.memoryKiB());
            out.writeInt(key.iterations());
            out.writeInt(key.parallelism());
            out.writeByte(key.salt().length);
            out.write(key.salt());
            out.write(noncePrefix);
            out.writeInt(chunkSize);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the header; a file that is not a case file, is cut short or comes from a newer app is told apart. */
    static CaseFileHeader read(InputStream stream) throws IOException {
        byte[] signature = stream.readNBytes(SIGNATURE.length);
        if (!Arrays.equals(signature, SIGNATURE)) {
            boolean cutShort = signature.length > 0 && signature.length < SIGNATURE.length
                    && Arrays.equals(signature, Arrays.copyOf(SIGNATURE, signature.length));
            throw new CaseFileProblem(cutShort ? CaseFileProblem.Kind.TRUNCATED : CaseFileProblem.Kind.FOREIGN, "signature");
        }
        DataInputStream in = new DataInputStream(stream);
        try {
            int version = in.readUnsignedShort();
            if (version > VERSION) {
                throw new CaseFileProblem(CaseFileProblem.Kind.NEWER, "format version " + version);
            }
            int kdf = in.readUnsignedByte();
            int cipher = in.readUnsignedByte();
            int memory = in.readInt();
            int iterations = in.readInt();
            int parallelism = in.readInt();
            byte[] salt = new byte[in.readUnsignedByte()];
            in.readFully(salt);
            byte[] prefix = new byte[8];
            in.readFully(prefix);
            int chunkSize = in.readInt();
            // Bounds keep a changed header from asking for gigabytes of memory before anything is checked.
            boolean sane = version >= 1 && kdf == KDF_ARGON2ID && cipher == CIPHER_AES_256_GCM && memory >= 8
                    && memory <= 1 << 20 && iterations >= 1 && iterations <= 16 && parallelism >= 1 && parallelism <= 16
                    && salt.length == 16 && chunkSize >= 1024 && chunkSize <= 1 << 24;
            if (!sane) {
                throw new CaseFileProblem(CaseFileProblem.Kind.TAMPERED, "header out of bounds");
            }
            return new CaseFileHeader(version, new KeyParameters(salt, memory, iterations, parallelism), prefix, chunkSize);
        } catch (EOFException e) {
            throw new CaseFileProblem(CaseFileProblem.Kind.TRUNCATED, "header cut short");
        }
    }
}
