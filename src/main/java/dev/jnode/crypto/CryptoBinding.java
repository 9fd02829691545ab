package dev.jnode.crypto;

import dev.jnode.engine.JsRuntime;
import dev.jnode.loop.WorkPool;
import dev.jnode.buffer.Codec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import javax.crypto.Mac;
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
    private Value errorFactory;

    public CryptoBinding(JsRuntime runtime) {
        this.runtime = runtime;
    }

    /** A digest in progress: a MessageDigest, or a Mac for an HMAC. */
    public interface Digest {
        void update(byte[] bytes, int length);

        byte[] finish();

        int length();

        Digest copy() throws CloneNotSupportedException;

        /** Sets an XOF's output size; false for fixed-size digests. */
        default boolean setOutputLength(int length) {
            return false;
        }
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
        if (algorithm != null) {
            return new HashDigest(MessageDigest.getInstance(algorithm));
        }
        return BcDigests.hash(name);
    }

    /** Sets an XOF's output length; false when the digest has a fixed size. */
    @HostAccess.Export
    public boolean setOutputLength(Digest digest, int length) {
        return digest.setOutputLength(length);
    }

    /** A new HMAC over Node's digest {@code name} keyed by {@code length} bytes of {@code key}, or null. */
    @HostAccess.Export
    public Digest newHmac(String name, Value key, int offset, int length) throws GeneralSecurityException {
        String algorithm = Digests.algorithm(name);
        if (algorithm != null) {
            return new HmacDigest(Digests.hmac(algorithm, read(key, offset, length)));
        }
        return BcDigests.hmac(name, read(key, offset, length));
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

    /** Called once by lib/internal/crypto/util.js with {@code (code, message) => Error} for Node's crypto errors. */
    @HostAccess.Export
    public void setErrorFactory(Value factory) {
        errorFactory = factory;
    }

    private RuntimeException jsError(CryptoException e) {
        return errorFactory.execute(e.code(), e.getMessage(), e.errorStack()).throwException();
    }

    private <T> T guarded(Callable<T> operation) {
        try {
            return operation.call();
        } catch (CryptoException e) {
            throw jsError(e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw jsError(new CryptoException("ERR_CRYPTO_OPERATION_FAILED", e.getMessage()));
        }
    }

    /** Runs {@code work} on the pool; {@code callback(err, latin1)} on the JS thread. */
    private void onPool(Callable<byte[]> work, Value callback) {
        WorkPool.shared().submit(runtime.loop(), work, (bytes, failure) -> {
            if (failure instanceof CryptoException e) {
                runtime.invoke(callback, errorFactory.execute(e.code(), e.getMessage(), e.errorStack()));
            } else if (failure != null) {
                throw new IllegalStateException(failure);
            } else {
                runtime.invoke(callback, null, encode(bytes, Codec.LATIN1));
            }
        });
    }

    // Ciphers

    /** {@code [name, nid, mode, blockSize, ivLength, keyLength, aead]} for a cipher name or NID, or null. */
    @HostAccess.Export
    public Object[] cipherSpec(String name, int nid) {
        CipherSpec spec = name != null ? CipherSpec.byName(name) : CipherSpec.byNid(nid);
        return spec == null ? null : new Object[] {spec.name(), spec.nid(), spec.mode(), spec.blockSize(),
            spec.ivLength(), spec.keyLength(), spec.isAead()};
    }

    @HostAccess.Export
    public String[] cipherNames() {
        return CipherSpec.listedNames().toArray(String[]::new);
    }

    @HostAccess.Export
    public boolean acceptsIvLength(String name, int length) {
        return CipherSpec.byName(name).acceptsIvLength(length);
    }

    @HostAccess.Export
    public boolean acceptsTagLength(String name, int length) {
        return CipherSpec.byName(name).acceptsTagLength(length);
    }

    /** A keyed cipher; JavaScript has checked the key and IV sizes against cipherSpec. */
    @HostAccess.Export
    public CipherContext newCipher(String name, Value key, int keyOffset, int keyLength, Value iv, int ivOffset,
            int ivLength, boolean encrypt, int authTagLength) {
        byte[] keyBytes = read(key, keyOffset, keyLength);
        byte[] ivBytes = iv == null || iv.isNull() ? new byte[0] : read(iv, ivOffset, ivLength);
        return guarded(() -> CipherContext.open(CipherSpec.byName(name), keyBytes, ivBytes, encrypt, authTagLength));
    }

    /** Enciphers a region; the output as latin1. */
    @HostAccess.Export
    public String cipherUpdate(CipherContext cipher, Value arrayBuffer, int offset, int length) {
        byte[] input = read(arrayBuffer, offset, length);
        return guarded(() -> encode(cipher.update(input, 0, length), Codec.LATIN1));
    }

    /** Enciphers a string's bytes in {@code encoding} (a buffer encoding id); the output as latin1. */
    @HostAccess.Export
    public String cipherUpdateString(CipherContext cipher, String s, int encoding) {
        byte[] bytes = new byte[Codec.maxEncodedLength(s, encoding)];
        int length = Codec.encode(s, encoding, bytes, bytes.length);
        return guarded(() -> encode(cipher.update(bytes, 0, length), Codec.LATIN1));
    }

    @HostAccess.Export
    public String cipherFinish(CipherContext cipher) {
        return guarded(() -> encode(cipher.finish(), Codec.LATIN1));
    }

    @HostAccess.Export
    public boolean cipherSetAutoPadding(CipherContext cipher, boolean padding) {
        return cipher.setAutoPadding(padding);
    }

    @HostAccess.Export
    public boolean cipherSetAad(CipherContext cipher, Value arrayBuffer, int offset, int length) {
        return cipher.setAad(read(arrayBuffer, offset, length));
    }

    /** The tag of a finished encryption as latin1, or null. */
    @HostAccess.Export
    public String cipherAuthTag(CipherContext cipher) {
        byte[] tag = cipher.authTag();
        return tag == null ? null : encode(tag, Codec.LATIN1);
    }

    @HostAccess.Export
    public void cipherSetAuthTag(CipherContext cipher, Value arrayBuffer, int offset, int length) {
        cipher.setAuthTag(read(arrayBuffer, offset, length));
    }

    // Key derivation: each returns latin1, or calls back from the work pool when given a callback.

    /** Whether Node's digest {@code name} is one jnode computes. */
    @HostAccess.Export
    public boolean isDigest(String name) {
        return Digests.algorithm(name) != null;
    }

    @HostAccess.Export
    public int digestSize(String name) {
        return guarded(() -> Kdfs.macLength(Digests.algorithm(name)));
    }

    @HostAccess.Export
    public String pbkdf2(String digest, Value password, Value salt, int iterations, int length, Value callback) {
        byte[] passwordBytes = readView(password);
        byte[] saltBytes = readView(salt);
        String algorithm = Digests.algorithm(digest);
        return derive(() -> Kdfs.pbkdf2(algorithm, passwordBytes, saltBytes, iterations, length), callback);
    }

    @HostAccess.Export
    public String hkdf(String digest, Value key, Value salt, Value info, int length, Value callback) {
        byte[] keyBytes = readView(key);
        byte[] saltBytes = readView(salt);
        byte[] infoBytes = readView(info);
        String algorithm = Digests.algorithm(digest);
        return derive(() -> Kdfs.hkdf(algorithm, keyBytes, saltBytes, infoBytes, length), callback);
    }

    @HostAccess.Export
    public String scrypt(Value password, Value salt, double n, int r, int p, int length, Value callback) {
        byte[] passwordBytes = readView(password);
        byte[] saltBytes = readView(salt);
        return derive(() -> Kdfs.scrypt(passwordBytes, saltBytes, (long) n, r, p, length), callback);
    }

    private String derive(Callable<byte[]> work, Value callback) {
        if (callback == null || callback.isNull()) {
            return guarded(() -> encode(work.call(), Codec.LATIN1));
        }
        onPool(work, callback);
        return null;
    }

    // Keys

    private static final tools.jackson.databind.json.JsonMapper JSON = new tools.jackson.databind.json.JsonMapper();

    private static byte[] optionalView(Value view) {
        return view == null || view.isNull() ? null : readView(view);
    }

    /** Whether a value is a key handle this binding made (KeyObject's constructor accepts nothing else). */
    /** crypto.X509Certificate's certificate from PEM text or DER bytes. */
    @HostAccess.Export
    public X509Handle parseX509(Value view) {
        byte[] bytes = readView(view);
        return guarded(() -> X509Handle.parse(bytes));
    }

    @HostAccess.Export
    public boolean isKeyHandle(Value value) {
        return value != null && value.isHostObject() && value.asHostObject() instanceof KeyHandle;
    }

    @HostAccess.Export
    public KeyHandle createSecretKey(Value view) {
        return KeyHandle.secret(readView(view));
    }

    /** A key from PEM or DER ({@code type} names the DER structure); createPublicKey passes wantPrivate false. */
    @HostAccess.Export
    public KeyHandle parseKey(Value view, String format, String type, boolean wantPrivate, Value passphrase) {
        byte[] data = readView(view);
        byte[] pass = optionalView(passphrase);
        return guarded(() -> Keys.parse(data, format, type, wantPrivate, pass));
    }

    @SuppressWarnings("unchecked")
    @HostAccess.Export
    public KeyHandle jwkKey(String json, boolean wantPrivate) {
        return guarded(() -> Keys.fromJwk(JSON.readValue(json, java.util.Map.class), wantPrivate));
    }

    @HostAccess.Export
    public String keyType(KeyHandle key) {
        return key.type();
    }

    @HostAccess.Export
    public String asymmetricKeyType(KeyHandle key) {
        return Keys.asymmetricType(key);
    }

    /** asymmetricKeyDetails as JSON (publicExponent as a decimal string, for a bigint). */
    @HostAccess.Export
    public String keyDetails(KeyHandle key) {
        return guarded(() -> JSON.writeValueAsString(Keys.details(key)));
    }

    @HostAccess.Export
    public KeyHandle publicHalf(KeyHandle key) {
        return key.publicHalf();
    }

    @HostAccess.Export
    public String secretKey(KeyHandle key) {
        return encode(key.secretBytes(), Codec.LATIN1);
    }

    @HostAccess.Export
    public boolean keysEqual(KeyHandle a, KeyHandle b) {
        return a.sameAs(b);
    }

    /** PEM text or DER bytes as latin1; JavaScript has checked the options. */
    @HostAccess.Export
    public String exportKey(KeyHandle key, String format, String type, String cipher, Value passphrase) {
        byte[] pass = optionalView(passphrase);
        return guarded(() -> encode(key.type().equals("private")
                ? Keys.exportPrivate(key, format, type, cipher, pass)
                : Keys.exportPublic(key, format, type), Codec.LATIN1));
    }

    @HostAccess.Export
    public String exportJwk(KeyHandle key) {
        return guarded(() -> JSON.writeValueAsString(Keys.toJwk(key)));
    }

    /** A new private key (its public half through publicHalf); on the pool when given a callback(err, key). */
    @HostAccess.Export
    public KeyHandle generateKeyPair(String type, int modulusLength, double publicExponent, String namedCurve,
            String hash, String mgf1Hash, int saltLength, Value callback) {
        Callable<KeyHandle> work = () -> Keys.generate(type, modulusLength, (long) publicExponent, namedCurve, hash,
                mgf1Hash, saltLength);
        if (callback == null || callback.isNull()) {
            return guarded(work);
        }
        WorkPool.shared().submit(runtime.loop(), work, (key, failure) -> {
            if (failure instanceof CryptoException e) {
                runtime.invoke(callback, errorFactory.execute(e.code(), e.getMessage(), e.errorStack()));
            } else if (failure != null) {
                runtime.invoke(callback, errorFactory.execute("ERR_CRYPTO_OPERATION_FAILED", failure.toString()));
            } else {
                runtime.invoke(callback, null, key);
            }
        });
        return null;
    }

    @HostAccess.Export
    public String sign(KeyHandle key, String digest, Value data, int padding, int saltLength, boolean p1363,
            Value callback) {
        byte[] bytes = readView(data);
        Asymmetric.SignOptions options = new Asymmetric.SignOptions(digest, padding, saltLength, p1363);
        return derive(() -> Asymmetric.sign(key, options, bytes), callback);
    }

    @HostAccess.Export
    public boolean verify(KeyHandle key, String digest, Value data, int padding, int saltLength, boolean p1363,
            Value signature) {
        byte[] bytes = readView(data);
        byte[] sig = readView(signature);
        Asymmetric.SignOptions options = new Asymmetric.SignOptions(digest, padding, saltLength, p1363);
        return guarded(() -> Asymmetric.verify(key, options, bytes, sig));
    }

    @HostAccess.Export
    public String rsaCrypt(KeyHandle key, boolean usePrivate, boolean encrypt, int padding, String oaepHash,
            Value label, Value data) {
        byte[] bytes = readView(data);
        byte[] labelBytes = optionalView(label);
        return guarded(() -> encode(Asymmetric.rsa(key, usePrivate, encrypt, padding, oaepHash, labelBytes, bytes),
                Codec.LATIN1));
    }

    @HostAccess.Export
    public String diffieHellman(KeyHandle privateKey, KeyHandle publicKey) {
        return guarded(() -> encode(Asymmetric.agree(privateKey, publicKey), Codec.LATIN1));
    }

    @HostAccess.Export
    public String[] curveNames() {
        return Keys.curveNames();
    }

    // ECDH and primes

    private static org.bouncycastle.asn1.x9.X9ECParameters ecdhCurve(String name) {
        org.bouncycastle.asn1.x9.X9ECParameters curve = Ecdh.curve(name);
        if (curve == null) {
            throw new CryptoException("ERR_CRYPTO_INVALID_CURVE", "Invalid EC curve name");
        }
        return curve;
    }

    @HostAccess.Export
    public boolean isEcdhCurve(String name) {
        return Ecdh.curve(name) != null;
    }

    @HostAccess.Export
    public String ecdhGeneratePrivate(String curve) {
        return guarded(() -> encode(Ecdh.generatePrivate(ecdhCurve(curve), random), Codec.LATIN1));
    }

    /** The private key checked to be a valid scalar, without leading zeros (as OpenSSL's BN_bn2bin gives it). */
    @HostAccess.Export
    public String ecdhCheckPrivate(String curve, Value privateKey) {
        byte[] key = readView(privateKey);
        return guarded(() -> {
            var parameters = ecdhCurve(curve);
            return encode(org.bouncycastle.util.BigIntegers.asUnsignedByteArray(Ecdh.scalar(parameters, key)),
                    Codec.LATIN1);
        });
    }

    @HostAccess.Export
    public String ecdhPublicKey(String curve, Value privateKey, String format) {
        byte[] key = readView(privateKey);
        return guarded(() -> encode(Ecdh.publicKey(ecdhCurve(curve), key, format), Codec.LATIN1));
    }

    @HostAccess.Export
    public String ecdhComputeSecret(String curve, Value privateKey, Value peer) {
        byte[] key = readView(privateKey);
        byte[] peerKey = readView(peer);
        return guarded(() -> encode(Ecdh.computeSecret(ecdhCurve(curve), key, peerKey), Codec.LATIN1));
    }

    @HostAccess.Export
    public String ecdhConvertKey(String curve, Value key, String format) {
        byte[] encoded = readView(key);
        return guarded(() -> {
            var parameters = ecdhCurve(curve);
            org.bouncycastle.math.ec.ECPoint point;
            try {
                point = Ecdh.point(parameters, encoded);
            } catch (CryptoException e) {
                // convertKey reports a bad point with Node's generic message.
                throw new CryptoException("ERR_CRYPTO_OPERATION_FAILED", "Failed to convert Buffer to EC_POINT");
            }
            return encode(Ecdh.encode(point.normalize(), format), Codec.LATIN1);
        });
    }

    /** Whether the big-endian {@code candidate} is prime after {@code checks} Miller-Rabin rounds (0: default). */
    @HostAccess.Export
    public boolean checkPrime(Value candidate, int checks) {
        java.math.BigInteger n = new java.math.BigInteger(1, readView(candidate));
        return n.isProbablePrime(checks == 0 ? 100 : Math.max(1, checks * 2));
    }

    /**
     * A random prime of {@code bits} bits (safe: (p-1)/2 prime too; with {@code add}, p mod add == rem), big-endian;
     * on the pool when given a callback.
     */
    @HostAccess.Export
    public String generatePrime(int bits, boolean safe, Value add, Value rem, Value callback) {
        byte[] addBytes = optionalView(add);
        byte[] remBytes = optionalView(rem);
        return derive(() -> Primes.generate(bits, safe, addBytes == null ? null : new java.math.BigInteger(1, addBytes),
                remBytes == null ? null : new java.math.BigInteger(1, remBytes), random), callback);
    }

    /** The bytes of a Uint8Array (a view JavaScript made over any buffer source). */
    static byte[] readView(Value view) {
        return read(view.getMember("buffer"), view.getMember("byteOffset").asInt(), view.getMember("byteLength").asInt());
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
