package dev.jnode.crypto;

import dev.jnode.engine.JsRuntime;
import dev.jnode.loop.WorkPool;
import dev.jnode.buffer.Codec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * {@code internalBinding('crypto')}: digests, HMACs, random bytes and constant-time comparison on the JDK's
 * JCA, for lib/crypto.js. Bytes go back as strings in a buffer encoding (latin1 when JavaScript wants a
 * Buffer): a string crosses to JavaScript far more cheaply than an {@code ArrayBuffer} over Java memory.
 */
public final class CryptoBinding {
    private final JsRuntime runtime;
    private final SecureRandom random = new SecureRandom();

    public CryptoBinding(JsRuntime runtime) {
        this.runtime = runtime;
    }

    /** A digest in progress: a MessageDigest, or a Mac for an HMAC. */
    public interface Digest {
        void update(byte[] bytes, int length);

        byte[] finish();

        int length();

        Digest copy() throws CloneNotSupportedException;
    }

    private record HashDigest(MessageDigest md) implements Digest {
        public void update(byte[] bytes, int length) {
            md.update(bytes, 0, length);
        }

        public byte[] finish() {
            return md.digest();
        }

        public int length() {
            return md.getDigestLength();
        }

        public Digest copy() throws CloneNotSupportedException {
            return new HashDigest((MessageDigest) md.clone());
        }
    }

    private record HmacDigest(Mac mac) implements Digest {
        public void update(byte[] bytes, int length) {
            mac.update(bytes, 0, length);
        }

        public byte[] finish() {
            return mac.doFinal();
        }

        public int length() {
            return mac.getMacLength();
        }

        public Digest copy() throws CloneNotSupportedException {
            return new HmacDigest((Mac) mac.clone());
        }
    }

    /** The names getHashes() lists. */
    @HostAccess.Export
    public String[] hashNames() {
        return Digests.names().toArray(String[]::new);
    }

    /** Whether Node knows the digest {@code name} but jnode cannot compute it (the JDK lacks it). */
    @HostAccess.Export
    public boolean isMissingDigest(String name) {
        return Digests.isMissing(name);
    }

    /** A new hash for Node's digest {@code name}, or null when the name is unknown. */
    @HostAccess.Export
    public Digest newHash(String name) throws GeneralSecurityException {
        String algorithm = Digests.algorithm(name);
        return algorithm == null ? null : new HashDigest(MessageDigest.getInstance(algorithm));
    }

    /** A new HMAC over Node's digest {@code name} keyed by {@code length} bytes of {@code key}, or null. */
    @HostAccess.Export
    public Digest newHmac(String name, Value key, int offset, int length) throws GeneralSecurityException {
        String algorithm = Digests.algorithm(name);
        if (algorithm == null) {
            return null;
        }
        Mac mac = Mac.getInstance(Digests.hmacAlgorithm(algorithm));
        // SecretKeySpec refuses an empty key, which HMAC (and Node) allows; the Mac takes any key object.
        byte[] keyBytes = read(key, offset, length);
        mac.init(new SecretKeySpec(keyBytes.length == 0 ? new byte[1] : keyBytes, mac.getAlgorithm()) {
            @Override
            public byte[] getEncoded() {
                return keyBytes.clone();
            }
        });
        return new HmacDigest(mac);
    }

    @HostAccess.Export
    public void update(Digest digest, Value arrayBuffer, int offset, int length) {
        digest.update(read(arrayBuffer, offset, length), length);
    }

    /** Feeds a string's bytes in {@code encoding} (a buffer encoding id) to the digest. */
    @HostAccess.Export
    public void updateString(Digest digest, String s, int encoding) {
        byte[] bytes = new byte[Codec.maxEncodedLength(s, encoding)];
        digest.update(bytes, Codec.encode(s, encoding, bytes, bytes.length));
    }

    /** Finishes the digest; its bytes in {@code encoding} (a buffer encoding id). */
    @HostAccess.Export
    public String finish(Digest digest, int encoding) {
        return encode(digest.finish(), encoding);
    }

    /** The digest's output size in bytes. */
    @HostAccess.Export
    public int digestLength(Digest digest) {
        return digest.length();
    }

    @HostAccess.Export
    public Digest copy(Digest digest) throws CloneNotSupportedException {
        return digest.copy();
    }

    /** {@code size} random bytes, as latin1. */
    @HostAccess.Export
    public String randomBytes(int size) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        return encode(bytes, Codec.LATIN1);
    }

    /** {@code size} random bytes made on the work pool, as Node fills on libuv's; {@code callback(latin1)}. */
    @HostAccess.Export
    public void randomBytesAsync(int size, Value callback) {
        WorkPool.shared().submit(runtime.loop(), () -> randomBytes(size), (bytes, failure) -> {
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
            runtime.invoke(callback, bytes);
        });
    }

    /** A uniformly random integer in [min, max), without modulo bias. */
    @HostAccess.Export
    public double randomInt(double min, double max) {
        return min + random.nextLong((long) (max - min));
    }

    /** Compares two equally long byte ranges in time that does not depend on where they differ. */
    @HostAccess.Export
    public boolean timingSafeEqual(Value a, int aOffset, Value b, int bOffset, int length) {
        return MessageDigest.isEqual(read(a, aOffset, length), read(b, bOffset, length));
    }

    private static byte[] read(Value arrayBuffer, int offset, int length) {
        byte[] bytes = new byte[length];
        if (length > 0) {
            arrayBuffer.readBuffer(offset, bytes, 0, length);
        }
        return bytes;
    }

    private static String encode(byte[] bytes, int encoding) {
        return Codec.decode(bytes, 0, bytes.length, encoding);
    }
}
