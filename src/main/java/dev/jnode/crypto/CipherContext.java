package dev.jnode.crypto;

import java.security.GeneralSecurityException;

/**
 * One Cipheriv or Decipheriv in progress. {@link #update} returns output as soon as the cipher has it, as OpenSSL
 * does (whole blocks for block modes; a padded decryption holds its last block back until {@link #finish}).
 */
public interface CipherContext {
    byte[] update(byte[] input, int offset, int length);

    /** The remaining output; throws a {@link CryptoException} for bad padding or a tag that does not match. */
    byte[] finish();

    /** Whether padding is added (encrypting) or checked and removed (decrypting); block modes only. */
    default boolean setAutoPadding(boolean padding) {
        return false;
    }

    /** Additional authenticated data, for AEAD modes before any update; false when the mode has none. */
    default boolean setAad(byte[] aad) {
        return false;
    }

    /** The tag after an encryption's finish, {@code authTagLength} bytes long. */
    default byte[] authTag() {
        return null;
    }

    /** The expected tag, before a decryption's finish. */
    default void setAuthTag(byte[] tag) {
    }

    /** A cipher for {@code spec} keyed and initialised, or a {@link CryptoException} for a bad key or IV. */
    static CipherContext open(CipherSpec spec, byte[] key, byte[] iv, boolean encrypt, int authTagLength)
            throws GeneralSecurityException {
        return switch (spec.mode()) {
            case "gcm" -> JcaAeadCipher.gcm(key, iv, encrypt, authTagLength);
            case "ccm", "ocb" -> BcAeadCipher.open(spec, key, iv, encrypt, authTagLength);
            case "ofb" -> BcStreamCipher.open(spec, key, iv, encrypt);
            case "cfb" -> spec.name().endsWith("cfb8") ? JcaCipher.open(spec, key, iv, encrypt)
                    : BcStreamCipher.open(spec, key, iv, encrypt);
            default -> spec.name().equals("chacha20-poly1305")
                    ? JcaAeadCipher.chacha20Poly1305(key, iv, encrypt, authTagLength)
                    : JcaCipher.open(spec, key, iv, encrypt);
        };
    }
}
