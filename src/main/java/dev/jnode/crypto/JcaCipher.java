package dev.jnode.crypto;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.ChaCha20ParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A non-AEAD cipher on the JDK's JCA (AES and 3DES in every mode the JDK has, ChaCha20), always without the JDK's
 * padding: PKCS#7 padding is done here so that a decryption holds back exactly what OpenSSL holds back and a bad
 * pad is OpenSSL's "bad decrypt".
 */
final class JcaCipher implements CipherContext {
    private final Cipher cipher;
    private final boolean encrypt;
    private final int blockSize;
    private boolean padding = true;
    /** Bytes given to update, modulo the block size: what a final block would hold. */
    private long fed;
    /** A padded decryption's last block (or less), held back from the output until finish. */
    private final byte[] held;
    private int heldLength;

    private JcaCipher(Cipher cipher, boolean encrypt, int blockSize) {
        this.cipher = cipher;
        this.encrypt = encrypt;
        this.blockSize = blockSize;
        this.held = new byte[blockSize];
    }

    static JcaCipher open(CipherSpec spec, byte[] key, byte[] iv, boolean encrypt) throws GeneralSecurityException {
        int mode = encrypt ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE;
        if (spec.name().equals("chacha20")) {
            // OpenSSL's 16-byte IV is the 32-bit block counter (little-endian) followed by the 96-bit nonce.
            int counter = ByteBuffer.wrap(iv, 0, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
            Cipher cipher = Cipher.getInstance("ChaCha20");
            cipher.init(mode, new SecretKeySpec(key, "ChaCha20"),
                    new ChaCha20ParameterSpec(Arrays.copyOfRange(iv, 4, 16), counter));
            return new JcaCipher(cipher, encrypt, 1);
        }
        String algorithm = spec.name().startsWith("des") ? "DESede" : "AES";
        String jdkMode = switch (spec.name().substring(spec.name().lastIndexOf('-') + 1)) {
            case "cfb8" -> "CFB8";
            case "cfb" -> "CFB128";
            case "ede3" -> "ECB";
            default -> spec.mode().toUpperCase(java.util.Locale.ROOT);
        };
        Cipher cipher = Cipher.getInstance(algorithm + "/" + jdkMode + "/NoPadding");
        SecretKeySpec keySpec = new SecretKeySpec(key, algorithm);
        if (spec.ivLength() == 0) {
            cipher.init(mode, keySpec);
        } else {
            cipher.init(mode, keySpec, new IvParameterSpec(iv));
        }
        return new JcaCipher(cipher, encrypt, spec.blockSize());
    }

    @Override
    public boolean setAutoPadding(boolean padding) {
        this.padding = padding;
        return true;
    }

    private boolean holdsBack() {
        return !encrypt && padding && blockSize > 1;
    }

    @Override
    public byte[] update(byte[] input, int offset, int length) {
        fed += length;
        if (!holdsBack()) {
            return orEmpty(cipher.update(input, offset, length));
        }
        // Decrypt all whole blocks but the last 1..blockSize bytes, which may be the padded block.
        int total = heldLength + length;
        int keep = total == 0 ? 0 : (total - 1) % blockSize + 1;
        int process = total - keep;
        byte[] out = new byte[process];
        try {
            int fromHeld = Math.min(heldLength, process);
            int written = cipher.update(held, 0, fromHeld, out, 0);
            written += cipher.update(input, offset, process - fromHeld, out, written);
            // What stays: the rest of the held bytes, then the input's tail.
            byte[] tail = new byte[keep];
            int heldRest = heldLength - fromHeld;
            System.arraycopy(held, fromHeld, tail, 0, heldRest);
            System.arraycopy(input, offset + process - fromHeld, tail, heldRest, keep - heldRest);
            System.arraycopy(tail, 0, held, 0, keep);
            heldLength = keep;
            return written == out.length ? out : Arrays.copyOf(out, written);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public byte[] finish() {
        try {
            if (blockSize == 1) {
                return orEmpty(cipher.doFinal());
            }
            if (!padding) {
                if (fed % blockSize != 0) {
                    throw CryptoException.wrongFinalBlockLength();
                }
                return orEmpty(cipher.doFinal());
            }
            if (encrypt) {
                int pad = blockSize - (int) (fed % blockSize);
                byte[] padBytes = new byte[pad];
                Arrays.fill(padBytes, (byte) pad);
                return cipher.doFinal(padBytes);
            }
            if (heldLength != blockSize) {
                throw CryptoException.wrongFinalBlockLength();
            }
            return unpad(cipher.doFinal(held, 0, heldLength));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] unpad(byte[] block) {
        int pad = block[block.length - 1] & 0xff;
        boolean good = pad >= 1 && pad <= blockSize;
        for (int i = 0; good && i < pad; i++) {
            good = block[block.length - 1 - i] == (byte) pad;
        }
        if (!good) {
            throw CryptoException.badDecrypt();
        }
        return Arrays.copyOf(block, block.length - pad);
    }

    static byte[] orEmpty(byte[] bytes) {
        return bytes == null ? new byte[0] : bytes;
    }
}
