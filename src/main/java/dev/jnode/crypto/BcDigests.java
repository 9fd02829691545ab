package dev.jnode.crypto;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.bouncycastle.crypto.ExtendedDigest;
import org.bouncycastle.crypto.Xof;
import org.bouncycastle.crypto.digests.Blake2bDigest;
import org.bouncycastle.crypto.digests.Blake2sDigest;
import org.bouncycastle.crypto.digests.RIPEMD160Digest;
import org.bouncycastle.crypto.digests.SHAKEDigest;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.util.Memoable;

/**
 * The digests OpenSSL has and the JDK lacks, on BouncyCastle. Kept apart from {@link Digests} and
 * {@link CryptoBinding} so that hashing with the JDK's digests never loads a BouncyCastle class.
 */
final class BcDigests {
    private static final Map<String, String> BY_LOWER_NAME = new HashMap<>();

    static {
        Digests.BC_NAMES.forEach((algorithm, names) -> names.forEach(
                name -> BY_LOWER_NAME.put(name.toLowerCase(Locale.ROOT), algorithm)));
    }

    private BcDigests() {
    }

    private static ExtendedDigest create(String nodeName) {
        String algorithm = BY_LOWER_NAME.get(nodeName.toLowerCase(Locale.ROOT));
        if (algorithm == null) {
            return null;
        }
        return switch (algorithm) {
            case "RIPEMD160" -> new RIPEMD160Digest();
            case "BLAKE2B512" -> new Blake2bDigest(512);
            case "BLAKE2S256" -> new Blake2sDigest(256);
            case "SHAKE128" -> new SHAKEDigest(128);
            case "SHAKE256" -> new SHAKEDigest(256);
            default -> new SM3Digest();
        };
    }

    /** A hash for Node's digest {@code name}, or null when BouncyCastle has none here either. */
    static CryptoBinding.Digest hash(String name) {
        ExtendedDigest digest = create(name);
        return digest == null ? null : new Hash(digest);
    }

    /** An HMAC over Node's digest {@code name} (not an XOF), or null. */
    static CryptoBinding.Digest hmac(String name, byte[] key) {
        ExtendedDigest digest = create(name);
        if (digest == null || digest instanceof Xof) {
            return null;
        }
        HMac mac = new HMac(digest);
        mac.init(new KeyParameter(key));
        return new CryptoBinding.Digest() {
            public void update(byte[] bytes, int length) {
                mac.update(bytes, 0, length);
            }

            public byte[] finish() {
                byte[] out = new byte[mac.getMacSize()];
                mac.doFinal(out, 0);
                return out;
            }

            public int length() {
                return mac.getMacSize();
            }

            public CryptoBinding.Digest copy() throws CloneNotSupportedException {
                throw new CloneNotSupportedException();
            }
        };
    }

    /** A BouncyCastle hash; SHAKE is an XOF whose size defaults as OpenSSL's. */
    private static final class Hash implements CryptoBinding.Digest {
        private final ExtendedDigest digest;
        private int outputLength;

        Hash(ExtendedDigest digest) {
            this.digest = digest;
            // OpenSSL's SHAKE128/256 give 16/32 bytes by default: half of BouncyCastle's default size.
            this.outputLength = digest instanceof Xof ? digest.getDigestSize() / 2 : digest.getDigestSize();
        }

        public void update(byte[] bytes, int length) {
            digest.update(bytes, 0, length);
        }

        public byte[] finish() {
            byte[] out = new byte[outputLength];
            if (digest instanceof Xof xof) {
                xof.doFinal(out, 0, outputLength);
            } else {
                digest.doFinal(out, 0);
            }
            return out;
        }

        public int length() {
            return outputLength;
        }

        public CryptoBinding.Digest copy() {
            return new Hash((ExtendedDigest) ((Memoable) digest).copy());
        }

        public boolean setOutputLength(int length) {
            if (!(digest instanceof Xof)) {
                return false;
            }
            outputLength = length;
            return true;
        }
    }
}
