package dev.jnode.crypto;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.spec.AlgorithmParameterSpec;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-GCM and ChaCha20-Poly1305 on the JDK's JCA (its AES-GCM uses the CPU's AES and carry-less multiply).
 *
 * <p>OpenSSL returns every byte from update and checks a decryption's tag (given by setAuthTag) at the end, where
 * the JDK's AEAD decryption returns nothing until it has checked the tag, and its GCM holds partial blocks back. So
 * the bytes come from a keystream cipher: AES-CTR positioned after GCM's first counter block for the usual 12-byte
 * IV, else the AEAD cipher itself in encrypt mode (the keystream is the same both ways). The tag comes from a
 * second AEAD encryption over the plaintext, which reproduces the ciphertext and so its tag; when encrypting
 * through the AEAD cipher itself, that cipher's own tag serves.
 */
final class JcaAeadCipher implements CipherContext {
    private static final int FULL_TAG = 16;

    private final Cipher keystream;
    /** Whether the keystream cipher is the AEAD cipher, whose doFinal appends a tag. */
    private final boolean keystreamIsAead;
    /** Encrypts the plaintext to compute the tag; null when the keystream cipher's own tag serves. */
    private final Cipher tagger;
    private final boolean encrypt;
    private final int tagLength;
    private byte[] tag;
    private byte[] scratch = new byte[0];

    private JcaAeadCipher(Cipher keystream, boolean keystreamIsAead, Cipher tagger, boolean encrypt, int tagLength) {
        this.keystream = keystream;
        this.keystreamIsAead = keystreamIsAead;
        this.tagger = tagger;
        this.encrypt = encrypt;
        this.tagLength = tagLength;
    }

    static JcaAeadCipher gcm(byte[] key, byte[] iv, boolean encrypt, int tagLength) throws GeneralSecurityException {
        SecretKeySpec keySpec = new SecretKeySpec(key, "AES");
        GCMParameterSpec params = new GCMParameterSpec(FULL_TAG * 8, iv);
        if (iv.length != 12) {
            return open("AES/GCM/NoPadding", keySpec, params, encrypt, tagLength);
        }
        // With a 96-bit IV, GCM's data counter blocks are IV || 2, IV || 3, ...
        byte[] counter = Arrays.copyOf(iv, 16);
        counter[15] = 2;
        Cipher ctr = Cipher.getInstance("AES/CTR/NoPadding");
        ctr.init(Cipher.ENCRYPT_MODE, keySpec, new IvParameterSpec(counter));
        return new JcaAeadCipher(ctr, false, aead("AES/GCM/NoPadding", keySpec, params), encrypt, tagLength);
    }

    static JcaAeadCipher chacha20Poly1305(byte[] key, byte[] iv, boolean encrypt, int tagLength)
            throws GeneralSecurityException {
        return open("ChaCha20-Poly1305", new SecretKeySpec(key, "ChaCha20"), new IvParameterSpec(iv), encrypt,
                tagLength);
    }

    private static JcaAeadCipher open(String transformation, SecretKeySpec key, AlgorithmParameterSpec params,
            boolean encrypt, int tagLength) throws GeneralSecurityException {
        Cipher tagger = encrypt ? null : aead(transformation, key, params);
        return new JcaAeadCipher(aead(transformation, key, params), true, tagger, encrypt, tagLength);
    }

    private static Cipher aead(String transformation, SecretKeySpec key, AlgorithmParameterSpec params)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(transformation);
        cipher.init(Cipher.ENCRYPT_MODE, key, params);
        return cipher;
    }

    @Override
    public boolean setAad(byte[] aad) {
        try {
            (tagger != null ? tagger : keystream).updateAAD(aad);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    @Override
    public byte[] update(byte[] input, int offset, int length) {
        byte[] out = JcaCipher.orEmpty(keystream.update(input, offset, length));
        if (tagger != null) {
            if (encrypt) {
                authenticate(input, offset, length);
            } else {
                authenticate(out, 0, out.length);
            }
        }
        return out;
    }

    private void authenticate(byte[] plaintext, int offset, int length) {
        if (scratch.length < length + FULL_TAG) {
            scratch = new byte[length + FULL_TAG];
        }
        try {
            tagger.update(plaintext, offset, length, scratch, 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public byte[] finish() {
        if (!encrypt && tag == null) {
            throw CryptoException.authenticationFailed();
        }
        try {
            byte[] last = keystream.doFinal();
            byte[] out = keystreamIsAead ? Arrays.copyOf(last, last.length - FULL_TAG) : last;
            byte[] fullTag;
            if (tagger == null) {
                fullTag = Arrays.copyOfRange(last, out.length, last.length);
            } else {
                if (!encrypt) {
                    authenticate(out, 0, out.length);
                }
                byte[] sealed = tagger.doFinal();
                fullTag = Arrays.copyOfRange(sealed, sealed.length - FULL_TAG, sealed.length);
            }
            if (encrypt) {
                tag = Arrays.copyOf(fullTag, tagLength);
            } else if (!MessageDigest.isEqual(Arrays.copyOf(fullTag, tag.length), tag)) {
                throw CryptoException.authenticationFailed();
            }
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public byte[] authTag() {
        return encrypt ? tag : null;
    }

    @Override
    public void setAuthTag(byte[] tag) {
        this.tag = tag.clone();
    }
}
