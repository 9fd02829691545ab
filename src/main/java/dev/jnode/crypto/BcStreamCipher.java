package dev.jnode.crypto;

import org.bouncycastle.crypto.StreamCipher;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.CFBBlockCipher;
import org.bouncycastle.crypto.modes.OFBBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;

/**
 * AES in 128-bit CFB and OFB on BouncyCastle: OpenSSL returns every byte from update in these modes, where the
 * JDK's ciphers hold a partial block back until the next call.
 */
final class BcStreamCipher implements CipherContext {
    private final StreamCipher cipher;

    private BcStreamCipher(StreamCipher cipher) {
        this.cipher = cipher;
    }

    static BcStreamCipher open(CipherSpec spec, byte[] key, byte[] iv, boolean encrypt) {
        StreamCipher cipher = spec.mode().equals("ofb")
                ? new OFBBlockCipher(AESEngine.newInstance(), 128)
                : CFBBlockCipher.newInstance(AESEngine.newInstance(), 128);
        cipher.init(encrypt, new ParametersWithIV(new KeyParameter(key), iv));
        return new BcStreamCipher(cipher);
    }

    @Override
    public byte[] update(byte[] input, int offset, int length) {
        byte[] out = new byte[length];
        cipher.processBytes(input, offset, length, out, 0);
        return out;
    }

    @Override
    public byte[] finish() {
        return new byte[0];
    }
}
