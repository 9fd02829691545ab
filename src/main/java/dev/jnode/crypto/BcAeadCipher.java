package dev.jnode.crypto;

import java.util.Arrays;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.AEADBlockCipher;
import org.bouncycastle.crypto.modes.CCMBlockCipher;
import org.bouncycastle.crypto.modes.OCBBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * AES-CCM and AES-OCB, which the JDK lacks, on BouncyCastle. CCM is one-shot in OpenSSL (a single update gives
 * the whole output, a second fails), so the message is sealed or opened in that update. BouncyCastle's decryptions
 * read the tag after the ciphertext: the tag from setAuthTag is fed last.
 */
final class BcAeadCipher implements CipherContext {
    private final AEADBlockCipher cipher;
    private final boolean encrypt;
    private final boolean oneShot;
    private final int tagLength;
    private byte[] tag;
    private boolean updated;
    private boolean failed;

    private BcAeadCipher(AEADBlockCipher cipher, boolean encrypt, boolean oneShot, int tagLength) {
        this.cipher = cipher;
        this.encrypt = encrypt;
        this.oneShot = oneShot;
        this.tagLength = tagLength;
    }

    static BcAeadCipher open(CipherSpec spec, byte[] key, byte[] iv, boolean encrypt, int tagLength) {
        boolean ccm = spec.mode().equals("ccm");
        AEADBlockCipher cipher = ccm ? CCMBlockCipher.newInstance(AESEngine.newInstance())
                : new OCBBlockCipher(AESEngine.newInstance(), AESEngine.newInstance());
        cipher.init(encrypt, new AEADParameters(new KeyParameter(key), tagLength * 8, iv));
        return new BcAeadCipher(cipher, encrypt, ccm, tagLength);
    }

    @Override
    public boolean setAad(byte[] aad) {
        if (updated) {
            return false;
        }
        cipher.processAADBytes(aad, 0, aad.length);
        return true;
    }

    @Override
    public byte[] update(byte[] input, int offset, int length) {
        if (oneShot && updated) {
            throw new CryptoException(null, "Trying to add data in unsupported state");
        }
        updated = true;
        if (!oneShot) {
            byte[] out = new byte[cipher.getUpdateOutputSize(length)];
            int written = cipher.processBytes(input, offset, length, out, 0);
            return written == out.length ? out : Arrays.copyOf(out, written);
        }
        if (!encrypt && tag == null) {
            failed = true;
            return new byte[0];
        }
        byte[] message = encrypt ? Arrays.copyOfRange(input, offset, offset + length) : concat(input, offset, length, tag);
        try {
            return seal(message);
        } catch (InvalidCipherTextException e) {
            // OpenSSL's CCM fails the update; Node reports it from final.
            failed = true;
            return new byte[0];
        }
    }

    @Override
    public byte[] finish() {
        if (failed || (!encrypt && tag == null)) {
            throw CryptoException.authenticationFailed();
        }
        try {
            if (oneShot && updated) {
                return new byte[0];
            }
            return seal(encrypt ? new byte[0] : tag);
        } catch (InvalidCipherTextException e) {
            throw CryptoException.authenticationFailed();
        }
    }

    /** Feeds the last bytes and finishes; an encryption keeps the tag BouncyCastle appends. */
    private byte[] seal(byte[] last) throws InvalidCipherTextException {
        byte[] out = new byte[cipher.getOutputSize(last.length)];
        int written = cipher.processBytes(last, 0, last.length, out, 0);
        written += cipher.doFinal(out, written);
        if (!encrypt) {
            return Arrays.copyOf(out, written);
        }
        tag = Arrays.copyOfRange(out, written - tagLength, written);
        return Arrays.copyOf(out, written - tagLength);
    }

    private static byte[] concat(byte[] input, int offset, int length, byte[] tail) {
        byte[] joined = Arrays.copyOfRange(input, offset, offset + length + tail.length);
        System.arraycopy(tail, 0, joined, length, tail.length);
        return joined;
    }

    @Override
    public byte[] authTag() {
        return tag;
    }

    @Override
    public void setAuthTag(byte[] tag) {
        this.tag = tag.clone();
    }
}
