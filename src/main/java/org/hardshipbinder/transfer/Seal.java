package org.hardshipbinder.transfer;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM over numbered chunks (the "STREAM" construction): chunk i is sealed with the nonce prefix and i, and
 * with the header and a last-chunk flag as associated data. A chunk changed, moved, dropped from the end or taken
 * from another file fails its tag. The key check is the tag of an empty chunk under a nonce no chunk uses.
 */
final class Seal {

    static final int TAG_BYTES = 16;
    private static final int KEY_CHECK_INDEX = -1;

    private final SecretKey key;
    private final byte[] header;
    private final byte[] noncePrefix;

    Seal(SecretKey key, CaseFileHeader header) {
        this.key = key;
        this.header = header.encoded();
        this.noncePrefix = header.noncePrefix();
    }

    byte[] keyCheck() throws GeneralSecurityException {
        return seal(KEY_CHECK_INDEX, true, new byte[0], 0);
    }

    boolean keyCheckHolds(byte[] check) {
        try {
            open(KEY_CHECK_INDEX, true, check);
            return true;
        } catch (AEADBadTagException wrong) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] seal(int index, boolean last, byte[] plain, int length) throws GeneralSecurityException {
        Cipher cipher = cipher(Cipher.ENCRYPT_MODE, index, last);
        return cipher.doFinal(plain, 0, length);
    }

    byte[] open(int index, boolean last, byte[] sealed) throws GeneralSecurityException {
        return cipher(Cipher.DECRYPT_MODE, index, last).doFinal(sealed);
    }

    private Cipher cipher(int mode, int index, boolean last) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        byte[] nonce = ByteBuffer.allocate(12).put(noncePrefix).putInt(index).array();
        cipher.init(mode, key, new GCMParameterSpec(TAG_BYTES * 8, nonce));
        cipher.updateAAD(header);
        cipher.updateAAD(new byte[] {(byte) (last ? 1 : 0)});
        return cipher;
    }
}
