package dev.jnode.crypto;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import org.bouncycastle.crypto.generators.SCrypt;

/**
 * Node's key derivation functions. PBKDF2 and HKDF are written over the JDK's Mac (its SHA intrinsics make the
 * inner loop fast, and its PBKDF2 SecretKeyFactory only takes passwords that are text); scrypt is BouncyCastle's.
 */
final class Kdfs {
    private Kdfs() {
    }

    /** RFC 8018 PBKDF2 with HMAC over the JDK digest {@code algorithm}. */
    static byte[] pbkdf2(String algorithm, byte[] password, byte[] salt, int iterations, int length)
            throws GeneralSecurityException {
        requireOutput(length);
        Mac mac = Digests.hmac(algorithm, password);
        int hashLength = mac.getMacLength();
        byte[] out = new byte[length];
        byte[] u = new byte[hashLength];
        byte[] block = new byte[hashLength];
        for (int index = 1, done = 0; done < length; index++, done += hashLength) {
            mac.update(salt);
            mac.update(new byte[] {(byte) (index >>> 24), (byte) (index >>> 16), (byte) (index >>> 8), (byte) index});
            mac.doFinal(u, 0);
            System.arraycopy(u, 0, block, 0, hashLength);
            for (int i = 1; i < iterations; i++) {
                mac.update(u);
                mac.doFinal(u, 0);
                for (int j = 0; j < hashLength; j++) {
                    block[j] ^= u[j];
                }
            }
            System.arraycopy(block, 0, out, done, Math.min(hashLength, length - done));
        }
        return out;
    }

    /** RFC 5869 HKDF (extract, then expand) with HMAC over the JDK digest {@code algorithm}. */
    static byte[] hkdf(String algorithm, byte[] key, byte[] salt, byte[] info, int length)
            throws GeneralSecurityException {
        requireOutput(length);
        Mac extract = Digests.hmac(algorithm, salt.length == 0 ? new byte[macLength(algorithm)] : salt);
        byte[] prk = extract.doFinal(key);
        Mac expand = Digests.hmac(algorithm, prk);
        byte[] out = new byte[length];
        byte[] previous = new byte[0];
        for (int counter = 1, done = 0; done < length; counter++) {
            expand.update(previous);
            expand.update(info);
            expand.update((byte) counter);
            previous = expand.doFinal();
            int n = Math.min(previous.length, length - done);
            System.arraycopy(previous, 0, out, done, n);
            done += n;
        }
        return out;
    }

    /** The digest size HKDF's output is bounded by (255 blocks of it). */
    static int macLength(String algorithm) throws GeneralSecurityException {
        return Mac.getInstance(Digests.hmacAlgorithm(algorithm)).getMacLength();
    }

    static byte[] scrypt(byte[] password, byte[] salt, long n, int r, int p, int length) {
        return length == 0 ? new byte[0] : SCrypt.generate(password, salt, (int) n, r, p, length);
    }

    /** OpenSSL's PBKDF2 and HKDF refuse to derive nothing; Node passes on its failure. */
    private static void requireOutput(int length) {
        if (length == 0) {
            throw new CryptoException(null, "Deriving bits failed");
        }
    }
}
