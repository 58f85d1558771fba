package org.hardshipbinder.vault;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** Passphrase → vault key by Argon2id (memory-hard, so guessing passphrases on a stolen laptop is slow). */
public final class KeyDerivation {

    private KeyDerivation() {
    }

    public static VaultKey derive(char[] passphrase, KeyParameters parameters) {
        var bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(passphrase));
        byte[] secret = Arrays.copyOfRange(bytes.array(), bytes.position(), bytes.limit());
        Arrays.fill(bytes.array(), (byte) 0);
        try {
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                    .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                    .withSalt(parameters.salt())
                    .withMemoryAsKB(parameters.memoryKiB())
                    .withIterations(parameters.iterations())
                    .withParallelism(parameters.parallelism())
                    .build());
            byte[] key = new byte[VaultKey.LENGTH];
            generator.generateBytes(secret, key);
            VaultKey result = new VaultKey(key);
            Arrays.fill(key, (byte) 0);
            return result;
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }
}
