package dev.jnode.crypto;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.pkcs.RSASSAPSSparams;
import org.bouncycastle.util.BigIntegers;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;
import javax.crypto.IllegalBlockSizeException;
import javax.crypto.KeyAgreement;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

/** Signatures, RSA encryption and key agreement with a {@link KeyHandle}, on BouncyCastle's provider. */
final class Asymmetric {
    static final int RSA_PKCS1_PADDING = 1;
    static final int RSA_NO_PADDING = 3;
    static final int RSA_PKCS1_OAEP_PADDING = 4;
    static final int RSA_PKCS1_PSS_PADDING = 6;
    static final int SALTLEN_DIGEST = -1;
    static final int SALTLEN_MAX = -2;

    private Asymmetric() {
    }

    /** How a signature is made: the digest (null for Ed25519/Ed448), padding, PSS salt, ECDSA encoding. */
    record SignOptions(String digest, int padding, int saltLength, boolean p1363) {
    }

    static byte[] sign(KeyHandle key, SignOptions options, byte[] data) throws GeneralSecurityException, IOException {
        Signature signature = signature(key, options, true, null);
        signature.initSign(key.jcaPrivate());
        signature.update(data);
        return signature.sign();
    }

    static boolean verify(KeyHandle key, SignOptions options, byte[] data, byte[] sig)
            throws GeneralSecurityException, IOException {
        Signature signature = signature(key, options, false, sig);
        if (signature == null) {
            return false;
        }
        signature.initVerify(key.jcaPublic());
        signature.update(data);
        try {
            return signature.verify(sig);
        } catch (java.security.SignatureException e) {
            return false;
        }
    }

    /** The JCA signature for the key and options; null when a PSS signature's salt cannot be recovered. */
    private static Signature signature(KeyHandle key, SignOptions options, boolean signing, byte[] signatureBytes)
            throws GeneralSecurityException, IOException {
        String type = Keys.asymmetricType(key);
        String digest = options.digest();
        if (type.equals("ed25519") || type.equals("ed448")) {
            if (digest != null) {
                throw CryptoException.openssl("1C80007A", "Provider routines", "invalid digest");
            }
            return Signature.getInstance(type.equals("ed25519") ? "Ed25519" : "Ed448", Bc.provider());
        }
        String hash = Digests.algorithm(digest == null ? "sha256" : digest);
        if (hash == null) {
            throw new CryptoException("ERR_CRYPTO_INVALID_DIGEST", "Invalid digest: " + digest);
        }
        // BouncyCastle's names: SHA256withRSA, SHA512(224)withRSA, SHA3-256withRSA.
        String bcHash = (hash.startsWith("SHA-") ? "SHA" + hash.substring(4) : hash)
                .replace("SHA512/224", "SHA512(224)").replace("SHA512/256", "SHA512(256)");
        switch (type) {
            case "ec" -> {
                return Signature.getInstance(bcHash + (options.p1363() ? "withPLAIN-ECDSA" : "withECDSA"),
                        Bc.provider());
            }
            case "dsa" -> {
                return Signature.getInstance(bcHash + "withDSA", Bc.provider());
            }
            default -> {
            }
        }
        boolean pss = type.equals("rsa-pss") || options.padding() == RSA_PKCS1_PSS_PADDING;
        if (!pss) {
            return Signature.getInstance(bcHash + "withRSA", Bc.provider());
        }
        Signature signature = Signature.getInstance(bcHash + "withRSAandMGF1", Bc.provider());
        int digestLength = java.security.MessageDigest.getInstance(hash).getDigestLength();
        int modulusBits = Keys.rsaPublic(key).getModulus().bitLength();
        int emLength = (modulusBits - 1 + 7) / 8;
        int maxSalt = emLength - digestLength - 2;
        RSASSAPSSparams keyParameters = pssParameters(key);
        int salt = switch (options.saltLength()) {
            case SALTLEN_DIGEST -> digestLength;
            // Signing: the largest salt, or the key's own; verifying: whatever salt the signature carries.
            case SALTLEN_MAX -> signing ? (keyParameters != null ? keyParameters.getSaltLength().intValue() : maxSalt)
                    : recoveredSaltLength(key, signatureBytes, hash);
            default -> options.saltLength();
        };
        if (salt < 0) {
            return null;
        }
        if (salt > maxSalt) {
            throw CryptoException.openssl("1C8000A5", "Provider routines", "invalid salt length");
        }
        signature.setParameter(new PSSParameterSpec(hash, "MGF1", new MGF1ParameterSpec(hash), salt, 1));
        return signature;
    }

    private static RSASSAPSSparams pssParameters(KeyHandle key) {
        ASN1Encodable parameters = key.publicInfo().getAlgorithm().getParameters();
        return parameters == null || parameters instanceof DERNull ? null : RSASSAPSSparams.getInstance(parameters);
    }

    /**
     * The salt length inside a PSS signature (RFC 8017 EMSA-PSS-VERIFY up to the salt), for verification with
     * RSA_PSS_SALTLEN_AUTO, which BouncyCastle's verifier lacks; -1 when the encoding is malformed.
     */
    private static int recoveredSaltLength(KeyHandle key, byte[] signature, String hash)
            throws GeneralSecurityException, IOException {
        RSAPublicKey rsa = Keys.rsaPublic(key);
        BigInteger s = new BigInteger(1, signature);
        if (s.compareTo(rsa.getModulus()) >= 0) {
            return -1;
        }
        int emBits = rsa.getModulus().bitLength() - 1;
        int emLength = (emBits + 7) / 8;
        byte[] em = BigIntegers.asUnsignedByteArray(emLength, s.modPow(rsa.getPublicExponent(), rsa.getModulus()));
        MessageDigest digest = MessageDigest.getInstance(hash);
        int hashLength = digest.getDigestLength();
        if (emLength < hashLength + 2 || em[emLength - 1] != (byte) 0xbc) {
            return -1;
        }
        int dbLength = emLength - hashLength - 1;
        byte[] db = Arrays.copyOf(em, dbLength);
        byte[] seed = Arrays.copyOfRange(em, dbLength, dbLength + hashLength);
        // MGF1 over H, XORed into the masked DB.
        for (int counter = 0, done = 0; done < dbLength; counter++) {
            digest.update(seed);
            digest.update(new byte[] {(byte) (counter >>> 24), (byte) (counter >>> 16), (byte) (counter >>> 8),
                (byte) counter});
            byte[] mask = digest.digest();
            for (int i = 0; i < mask.length && done < dbLength; i++, done++) {
                db[done] ^= mask[i];
            }
        }
        db[0] &= (byte) (0xff >>> (8 * emLength - emBits));
        int index = 0;
        while (index < dbLength && db[index] == 0) {
            index++;
        }
        return index < dbLength && db[index] == 1 ? dbLength - index - 1 : -1;
    }

    /** RSA encryption and decryption: publicEncrypt, privateDecrypt, privateEncrypt, publicDecrypt. */
    static byte[] rsa(KeyHandle key, boolean usePrivate, boolean encrypt, int padding, String oaepHash, byte[] label,
            byte[] data) throws GeneralSecurityException, IOException {
        Cipher cipher;
        switch (padding) {
            case RSA_PKCS1_OAEP_PADDING -> {
                String hash = Digests.algorithm(oaepHash);
                if (hash == null) {
                    throw new CryptoException("ERR_OSSL_EVP_INVALID_DIGEST", "Invalid digest used");
                }
                cipher = Cipher.getInstance("RSA/NONE/OAEPPadding", Bc.provider());
                cipher.init(encrypt ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE,
                        usePrivate ? key.jcaPrivate() : key.jcaPublic(),
                        new OAEPParameterSpec(hash, "MGF1", new MGF1ParameterSpec(hash),
                                label == null ? PSource.PSpecified.DEFAULT : new PSource.PSpecified(label)));
            }
            case RSA_PKCS1_PADDING, RSA_NO_PADDING -> {
                cipher = Cipher.getInstance(padding == RSA_NO_PADDING ? "RSA/NONE/NoPadding" : "RSA/NONE/PKCS1Padding",
                        Bc.provider());
                cipher.init(encrypt ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE,
                        usePrivate ? key.jcaPrivate() : key.jcaPublic());
            }
            default -> throw CryptoException.openssl("1C8000A5", "Provider routines", "illegal or unsupported padding mode");
        }
        int modulusBytes = (Keys.rsaPublic(key).getModulus().bitLength() + 7) / 8;
        if (encrypt && data.length > maxInput(padding, modulusBytes, oaepHash)) {
            throw CryptoException.openssl("0200006E", "rsa routines", "data too large for key size");
        }
        try {
            return cipher.doFinal(data);
        } catch (BadPaddingException | IllegalBlockSizeException e) {
            if (padding == RSA_PKCS1_OAEP_PADDING) {
                throw CryptoException.openssl("02000079", "rsa routines", "oaep decoding error");
            }
            throw CryptoException.openssl("02000072", "rsa routines", "padding check failed");
        }
    }

    private static int maxInput(int padding, int modulusBytes, String oaepHash) throws GeneralSecurityException {
        return switch (padding) {
            case RSA_PKCS1_OAEP_PADDING ->
                modulusBytes - 2 * java.security.MessageDigest.getInstance(Digests.algorithm(oaepHash))
                        .getDigestLength() - 2;
            case RSA_PKCS1_PADDING -> modulusBytes - 11;
            default -> modulusBytes;
        };
    }

    /** diffieHellman({privateKey, publicKey}) for EC and X25519/X448 keys. */
    static byte[] agree(KeyHandle privateKey, KeyHandle publicKey) throws GeneralSecurityException, IOException {
        String type = Keys.asymmetricType(privateKey);
        String algorithm = switch (type) {
            case "ec" -> "ECDH";
            case "x25519" -> "X25519";
            case "x448" -> "X448";
            default -> null;
        };
        if (algorithm == null || !type.equals(Keys.asymmetricType(publicKey))) {
            throw new CryptoException("ERR_CRYPTO_INCOMPATIBLE_KEY", "Incompatible key types for Diffie-Hellman: "
                    + type + " and " + Keys.asymmetricType(publicKey));
        }
        KeyAgreement agreement = KeyAgreement.getInstance(algorithm, Bc.provider());
        agreement.init(privateKey.jcaPrivate());
        agreement.doPhase(publicKey.jcaPublic(), true);
        return agreement.generateSecret();
    }
}
