package dev.jnode.crypto;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.pkcs.RSASSAPSSparams;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed448PrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X448PrivateKeyParameters;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.openssl.PEMEncryptor;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMException;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMEncryptorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.util.BigIntegers;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemHeader;
import org.bouncycastle.util.encoders.Hex;
import org.bouncycastle.util.io.pem.PemWriter;

/**
 * Key import, export and generation in Node's formats: PEM and DER as pkcs1, pkcs8 (optionally encrypted), spki
 * and sec1, and JWK; parsed and written with BouncyCastle's ASN.1 and PEM classes. Failures are OpenSSL's errors as
 * Node reports them.
 */
final class Keys {
    private static final ASN1ObjectIdentifier RSA = PKCSObjectIdentifiers.rsaEncryption;
    private static final ASN1ObjectIdentifier RSA_PSS = PKCSObjectIdentifiers.id_RSASSA_PSS;
    private static final ASN1ObjectIdentifier EC = X9ObjectIdentifiers.id_ecPublicKey;
    private static final ASN1ObjectIdentifier DSA = X9ObjectIdentifiers.id_dsa;
    private static final ASN1ObjectIdentifier DH = PKCSObjectIdentifiers.dhKeyAgreement;

    /** Node's curve names, JWK's, and their OIDs. */
    private record Curve(String name, String jwkName, ASN1ObjectIdentifier oid) {
    }

    private static final Curve[] CURVES = {
        new Curve("prime256v1", "P-256", X9ObjectIdentifiers.prime256v1),
        new Curve("secp384r1", "P-384", SECObjectIdentifiers.secp384r1),
        new Curve("secp521r1", "P-521", SECObjectIdentifiers.secp521r1),
        new Curve("secp256k1", "secp256k1", SECObjectIdentifiers.secp256k1),
        new Curve("secp224r1", null, SECObjectIdentifiers.secp224r1),
        new Curve("prime192v1", null, X9ObjectIdentifiers.prime192v1),
    };

    private Keys() {
    }

    static CryptoException unsupported() {
        return CryptoException.openssl("1E08010C", "DECODER routines", "unsupported");
    }

    // Import

    /**
     * A key from PEM or DER bytes. {@code type} names the DER structure (pkcs1, pkcs8, spki, sec1), null for PEM;
     * {@code wantPrivate} is false for createPublicKey, which also takes private keys and certificates.
     */
    static KeyHandle parse(byte[] data, String format, String type, boolean wantPrivate, byte[] passphrase) {
        try {
            KeyHandle key = format.equals("pem") ? parsePem(data, passphrase) : parseDer(data, type, wantPrivate, passphrase);
            if (wantPrivate && !key.type().equals("private")) {
                throw unsupported();
            }
            return wantPrivate ? key : key.publicHalf();
        } catch (IOException | IllegalArgumentException | ClassCastException e) {
            throw unsupported();
        }
    }

    private static KeyHandle parsePem(byte[] data, byte[] passphrase) throws IOException {
        Object object;
        try (PEMParser parser = new PEMParser(new StringReader(new String(data, StandardCharsets.ISO_8859_1)))) {
            object = parser.readObject();
        } catch (PEMException e) {
            throw CryptoException.openssl("068000A8", "asn1 encoding routines", "wrong tag");
        }
        if (object == null) {
            throw unsupported();
        }
        return switch (object) {
            case SubjectPublicKeyInfo info -> KeyHandle.publicKey(info);
            case X509CertificateHolder certificate -> KeyHandle.publicKey(certificate.getSubjectPublicKeyInfo());
            case PrivateKeyInfo info -> privateKey(info);
            case PEMKeyPair pair -> privateKey(pair.getPrivateKeyInfo());
            case PKCS8EncryptedPrivateKeyInfo encrypted -> privateKey(decrypt(encrypted, passphrase));
            case PEMEncryptedKeyPair encrypted -> {
                requirePassphrase(passphrase);
                try {
                    yield privateKey(encrypted.decryptKeyPair(new JcePEMDecryptorProviderBuilder()
                            .setProvider(Bc.provider()).build(text(passphrase))).getPrivateKeyInfo());
                } catch (IOException e) {
                    throw CryptoException.badDecrypt();
                }
            }
            default -> throw unsupported();
        };
    }

    private static char[] text(byte[] passphrase) {
        return new String(passphrase, StandardCharsets.UTF_8).toCharArray();
    }

    private static void requirePassphrase(byte[] passphrase) {
        if (passphrase == null) {
            // What Node reports when OpenSSL would have prompted for the passphrase.
            throw CryptoException.openssl("07880109", "common libcrypto routines", "interrupted or cancelled");
        }
    }

    private static PrivateKeyInfo decrypt(PKCS8EncryptedPrivateKeyInfo encrypted, byte[] passphrase) {
        requirePassphrase(passphrase);
        try {
            return encrypted.decryptPrivateKeyInfo(new JceOpenSSLPKCS8DecryptorProviderBuilder()
                    .setProvider(Bc.provider()).build(text(passphrase)));
        } catch (PKCSException | OperatorCreationException e) {
            throw CryptoException.badDecrypt();
        }
    }

    private static KeyHandle parseDer(byte[] data, String type, boolean wantPrivate, byte[] passphrase)
            throws IOException {
        ASN1Primitive der = ASN1Primitive.fromByteArray(data);
        return switch (type) {
            case "spki" -> KeyHandle.publicKey(SubjectPublicKeyInfo.getInstance(der));
            case "pkcs1" -> {
                ASN1Sequence sequence = ASN1Sequence.getInstance(der);
                if (sequence.size() == 2) {
                    yield KeyHandle.publicKey(new SubjectPublicKeyInfo(rsaAlgorithm(), RSAPublicKey.getInstance(der)));
                }
                yield privateKey(new PrivateKeyInfo(rsaAlgorithm(), RSAPrivateKey.getInstance(der)));
            }
            case "pkcs8" -> {
                ASN1Sequence sequence = ASN1Sequence.getInstance(der);
                // An EncryptedPrivateKeyInfo is two elements: the algorithm and the octets.
                if (sequence.size() == 2 && sequence.getObjectAt(1) instanceof ASN1OctetString) {
                    if (passphrase == null) {
                        // DER is never prompted for (PEM is, and fails as OpenSSL's prompt does).
                        throw new CryptoException("ERR_MISSING_PASSPHRASE", "Passphrase required for encrypted key");
                    }
                    yield privateKey(decrypt(new PKCS8EncryptedPrivateKeyInfo(EncryptedPrivateKeyInfo.getInstance(der)),
                            passphrase));
                }
                yield privateKey(PrivateKeyInfo.getInstance(der));
            }
            case "sec1" -> privateKey(fromSec1(ECPrivateKey.getInstance(der)));
            default -> throw unsupported();
        };
    }

    private static AlgorithmIdentifier rsaAlgorithm() {
        return new AlgorithmIdentifier(RSA, DERNull.INSTANCE);
    }

    /** SEC1 to PKCS#8: the curve moves to the algorithm identifier, as OpenSSL writes it. */
    private static PrivateKeyInfo fromSec1(ECPrivateKey sec1) throws IOException {
        ASN1Encodable curve = sec1.getParametersObject();
        if (curve == null) {
            throw unsupported();
        }
        BigInteger order = x9(ASN1ObjectIdentifier.getInstance(curve)).getN();
        ECPrivateKey inner = new ECPrivateKey(order.bitLength(), sec1.getKey(), sec1.getPublicKey(), null);
        return new PrivateKeyInfo(new AlgorithmIdentifier(EC, curve), inner);
    }

    /** A private key with its public half derived. */
    static KeyHandle privateKey(PrivateKeyInfo info) throws IOException {
        byte[] publicBits = publicBits(info);
        if (info.getPrivateKeyAlgorithm().getAlgorithm().equals(EC)) {
            // OpenSSL's PKCS#8 form of an EC key: the curve only in the algorithm, the public point inside.
            ECPrivateKey ec = ECPrivateKey.getInstance(info.parsePrivateKey());
            ASN1ObjectIdentifier curve = ASN1ObjectIdentifier.getInstance(info.getPrivateKeyAlgorithm().getParameters());
            info = new PrivateKeyInfo(info.getPrivateKeyAlgorithm(), new ECPrivateKey(x9(curve).getN().bitLength(),
                    ec.getKey(), new DERBitString(publicBits), null));
        }
        return KeyHandle.privateKey(info, new SubjectPublicKeyInfo(info.getPrivateKeyAlgorithm(), publicBits));
    }

    /** The SubjectPublicKeyInfo key bits of a private key: RSA's modulus and exponent, a curve point, or raw bytes. */
    private static byte[] publicBits(PrivateKeyInfo info) throws IOException {
        ASN1ObjectIdentifier algorithm = info.getPrivateKeyAlgorithm().getAlgorithm();
        if (algorithm.equals(RSA) || algorithm.equals(RSA_PSS)) {
            RSAPrivateKey rsa = RSAPrivateKey.getInstance(info.parsePrivateKey());
            return new RSAPublicKey(rsa.getModulus(), rsa.getPublicExponent()).getEncoded("DER");
        }
        if (algorithm.equals(EC)) {
            ECPrivateKey ec = ECPrivateKey.getInstance(info.parsePrivateKey());
            if (ec.getPublicKey() != null) {
                return ec.getPublicKey().getOctets();
            }
            X9ECParameters curve = x9(ASN1ObjectIdentifier.getInstance(info.getPrivateKeyAlgorithm().getParameters()));
            return curve.getG().multiply(ec.getKey()).normalize().getEncoded(false);
        }
        byte[] raw = ASN1OctetString.getInstance(info.parsePrivateKey()).getOctets();
        if (algorithm.equals(EdECObjectIdentifiers.id_Ed25519)) {
            return new Ed25519PrivateKeyParameters(raw).generatePublicKey().getEncoded();
        }
        if (algorithm.equals(EdECObjectIdentifiers.id_Ed448)) {
            return new Ed448PrivateKeyParameters(raw).generatePublicKey().getEncoded();
        }
        if (algorithm.equals(EdECObjectIdentifiers.id_X25519)) {
            return new X25519PrivateKeyParameters(raw).generatePublicKey().getEncoded();
        }
        if (algorithm.equals(EdECObjectIdentifiers.id_X448)) {
            return new X448PrivateKeyParameters(raw).generatePublicKey().getEncoded();
        }
        throw unsupported();
    }

    static X9ECParameters x9(ASN1ObjectIdentifier curve) {
        X9ECParameters parameters = ECNamedCurveTable.getByOID(curve);
        if (parameters == null) {
            throw unsupported();
        }
        return parameters;
    }

    static Curve curveByName(String name) {
        for (Curve curve : CURVES) {
            if (curve.name.equals(name) || name.equals(curve.jwkName)) {
                return curve;
            }
        }
        return null;
    }

    private static Curve curveByOid(ASN1ObjectIdentifier oid) {
        for (Curve curve : CURVES) {
            if (curve.oid.equals(oid)) {
                return curve;
            }
        }
        return null;
    }

    /** The curve names this build supports, for getCurves(). */
    static String[] curveNames() {
        return Arrays.stream(CURVES).map(Curve::name).sorted().toArray(String[]::new);
    }

    // Description

    /** Node's asymmetricKeyType: rsa, rsa-pss, dsa, dh, ec, ed25519, ed448, x25519 or x448. */
    static String asymmetricType(KeyHandle key) {
        ASN1ObjectIdentifier oid = key.publicInfo().getAlgorithm().getAlgorithm();
        if (oid.equals(RSA)) {
            return "rsa";
        }
        if (oid.equals(RSA_PSS)) {
            return "rsa-pss";
        }
        if (oid.equals(EC)) {
            return "ec";
        }
        if (oid.equals(DSA)) {
            return "dsa";
        }
        if (oid.equals(DH)) {
            return "dh";
        }
        if (oid.equals(EdECObjectIdentifiers.id_Ed25519)) {
            return "ed25519";
        }
        if (oid.equals(EdECObjectIdentifiers.id_Ed448)) {
            return "ed448";
        }
        if (oid.equals(EdECObjectIdentifiers.id_X25519)) {
            return "x25519";
        }
        if (oid.equals(EdECObjectIdentifiers.id_X448)) {
            return "x448";
        }
        return null;
    }

    static RSAPublicKey rsaPublic(KeyHandle key) throws IOException {
        return RSAPublicKey.getInstance(key.publicInfo().parsePublicKey());
    }

    /** asymmetricKeyDetails as name/value pairs (numbers as strings where JavaScript wants a bigint). */
    static Map<String, Object> details(KeyHandle key) throws IOException {
        Map<String, Object> details = new LinkedHashMap<>();
        switch (asymmetricType(key)) {
            case "rsa", "rsa-pss" -> {
                RSAPublicKey rsa = rsaPublic(key);
                details.put("modulusLength", rsa.getModulus().bitLength());
                details.put("publicExponent", rsa.getPublicExponent().toString());
                ASN1Encodable parameters = key.publicInfo().getAlgorithm().getParameters();
                if (parameters != null && !(parameters instanceof DERNull)) {
                    RSASSAPSSparams pss = RSASSAPSSparams.getInstance(parameters);
                    details.put("hashAlgorithm", Digests.nameOfOid(pss.getHashAlgorithm().getAlgorithm()));
                    AlgorithmIdentifier mgfHash = AlgorithmIdentifier.getInstance(
                            pss.getMaskGenAlgorithm().getParameters());
                    details.put("mgf1HashAlgorithm", Digests.nameOfOid(mgfHash.getAlgorithm()));
                    details.put("saltLength", pss.getSaltLength().intValue());
                }
            }
            case "ec" -> {
                Curve curve = curveByOid(curveOid(key));
                details.put("namedCurve", curve == null ? curveOid(key).getId() : curve.name);
            }
            default -> {
            }
        }
        return details;
    }

    static ASN1ObjectIdentifier curveOid(KeyHandle key) {
        return ASN1ObjectIdentifier.getInstance(key.publicInfo().getAlgorithm().getParameters());
    }

    // Export

    /** PEM text or DER bytes of a public key as spki or pkcs1. */
    static byte[] exportPublic(KeyHandle key, String format, String type) throws IOException {
        SubjectPublicKeyInfo info = key.publicInfo();
        if (type.equals("pkcs1")) {
            return encode(format, "RSA PUBLIC KEY", info.parsePublicKey().getEncoded("DER"));
        }
        return encode(format, "PUBLIC KEY", info.getEncoded("DER"));
    }

    /** PEM text or DER bytes of a private key as pkcs8, pkcs1 or sec1, encrypted when {@code cipher} is given. */
    static byte[] exportPrivate(KeyHandle key, String format, String type, String cipher, byte[] passphrase)
            throws IOException {
        PrivateKeyInfo info = key.privateInfo();
        if (type.equals("pkcs8")) {
            if (cipher == null) {
                return encode(format, "PRIVATE KEY", info.getEncoded("DER"));
            }
            try {
                PemObject pem = new PKCS8Generator(info, new JceOpenSSLPKCS8EncryptorBuilder(pkcs8Cipher(cipher))
                        .setPRF(PKCS8Generator.PRF_HMACSHA256).setProvider(Bc.provider())
                        .setPassword(text(passphrase)).build()).generate();
                return format.equals("pem") ? pem(pem) : pem.getContent();
            } catch (OperatorCreationException e) {
                throw new IOException(e);
            }
        }
        byte[] der = type.equals("sec1") ? sec1(key).getEncoded("DER") : info.parsePrivateKey().toASN1Primitive()
                .getEncoded("DER");
        String label = type.equals("sec1") ? "EC PRIVATE KEY" : "RSA PRIVATE KEY";
        if (cipher == null) {
            return encode(format, label, der);
        }
        // OpenSSL's legacy PEM encryption: the Proc-Type and DEK-Info headers over the encrypted DER.
        PEMEncryptor encryptor = new JcePEMEncryptorBuilder(cipher.toUpperCase(java.util.Locale.ROOT))
                .setProvider(Bc.provider()).build(text(passphrase));
        List<PemHeader> headers = List.of(new PemHeader("Proc-Type", "4,ENCRYPTED"),
                new PemHeader("DEK-Info", encryptor.getAlgorithm() + "," + Hex.toHexString(encryptor.getIV())
                        .toUpperCase(java.util.Locale.ROOT)));
        return pem(new PemObject(label, headers, encryptor.encrypt(der)));
    }

    /** SEC1's ECPrivateKey as OpenSSL writes it: with the curve and the public point. */
    private static ECPrivateKey sec1(KeyHandle key) throws IOException {
        ECPrivateKey inner = ECPrivateKey.getInstance(key.privateInfo().parsePrivateKey());
        ASN1ObjectIdentifier curve = curveOid(key);
        return new ECPrivateKey(x9(curve).getN().bitLength(), inner.getKey(),
                new DERBitString(key.publicInfo().getPublicKeyData().getOctets()), curve);
    }

    private static ASN1ObjectIdentifier pkcs8Cipher(String cipher) {
        return switch (cipher.toLowerCase(java.util.Locale.ROOT)) {
            case "aes-128-cbc", "aes128" -> PKCS8Generator.AES_128_CBC;
            case "aes-192-cbc", "aes192" -> PKCS8Generator.AES_192_CBC;
            case "aes-256-cbc", "aes256" -> PKCS8Generator.AES_256_CBC;
            case "des-ede3-cbc", "des3" -> PKCS8Generator.DES3_CBC;
            default -> throw new CryptoException("ERR_CRYPTO_UNKNOWN_CIPHER", "Unknown cipher");
        };
    }

    private static byte[] encode(String format, String label, byte[] der) throws IOException {
        return format.equals("pem") ? pem(new PemObject(label, der)) : der;
    }

    private static byte[] pem(PemObject object) throws IOException {
        StringWriter out = new StringWriter();
        try (PemWriter writer = new PemWriter(out)) {
            writer.writeObject(object);
        }
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    // JWK

    private static String b64(BigInteger value) {
        return b64(BigIntegers.asUnsignedByteArray(value));
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] unb64(Map<String, Object> jwk, String member) {
        Object value = jwk.get(member);
        if (!(value instanceof String text)) {
            return null;
        }
        return Base64.getUrlDecoder().decode(text.replace('+', '-').replace('/', '_').replace("=", ""));
    }

    /** A key's JWK members, in Node's order. */
    static Map<String, Object> toJwk(KeyHandle key) throws IOException {
        Map<String, Object> jwk = new LinkedHashMap<>();
        if (key.type().equals("secret")) {
            jwk.put("kty", "oct");
            jwk.put("k", b64(key.secretBytes()));
            return jwk;
        }
        boolean isPrivate = key.type().equals("private");
        String type = asymmetricType(key);
        switch (type) {
            case "rsa" -> {
                jwk.put("kty", "RSA");
                RSAPublicKey rsa = rsaPublic(key);
                jwk.put("n", b64(rsa.getModulus()));
                jwk.put("e", b64(rsa.getPublicExponent()));
                if (isPrivate) {
                    RSAPrivateKey p = RSAPrivateKey.getInstance(key.privateInfo().parsePrivateKey());
                    jwk.put("d", b64(p.getPrivateExponent()));
                    jwk.put("p", b64(p.getPrime1()));
                    jwk.put("q", b64(p.getPrime2()));
                    jwk.put("dp", b64(p.getExponent1()));
                    jwk.put("dq", b64(p.getExponent2()));
                    jwk.put("qi", b64(p.getCoefficient()));
                }
            }
            case "ec" -> {
                Curve curve = curveByOid(curveOid(key));
                if (curve == null || curve.jwkName == null) {
                    throw new CryptoException("ERR_CRYPTO_JWK_UNSUPPORTED_CURVE",
                            "Unsupported JWK EC curve: " + (curve == null ? curveOid(key).getId() : curve.name) + ".");
                }
                X9ECParameters x9 = x9(curve.oid);
                int size = (x9.getCurve().getFieldSize() + 7) / 8;
                ECPoint point = x9.getCurve().decodePoint(key.publicInfo().getPublicKeyData().getOctets()).normalize();
                jwk.put("kty", "EC");
                jwk.put("x", b64(BigIntegers.asUnsignedByteArray(size, point.getAffineXCoord().toBigInteger())));
                jwk.put("y", b64(BigIntegers.asUnsignedByteArray(size, point.getAffineYCoord().toBigInteger())));
                jwk.put("crv", curve.jwkName);
                if (isPrivate) {
                    BigInteger d = ECPrivateKey.getInstance(key.privateInfo().parsePrivateKey()).getKey();
                    jwk.put("d", b64(BigIntegers.asUnsignedByteArray(size, d)));
                }
            }
            case "ed25519", "ed448", "x25519", "x448" -> {
                jwk.put("crv", type.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + type.substring(1));
                if (isPrivate) {
                    jwk.put("d", b64(ASN1OctetString.getInstance(key.privateInfo().parsePrivateKey()).getOctets()));
                }
                jwk.put("x", b64(key.publicInfo().getPublicKeyData().getOctets()));
                jwk.put("kty", "OKP");
            }
            default -> throw new CryptoException("ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE",
                    "Unsupported JWK Key Type.");
        }
        return jwk;
    }

    /** A key from JWK members; {@code wantPrivate} requires (and uses) the private members. */
    static KeyHandle fromJwk(Map<String, Object> jwk, boolean wantPrivate) throws IOException {
        Object kty = jwk.get("kty");
        switch (String.valueOf(kty)) {
            case "RSA" -> {
                byte[] n = unb64(jwk, "n");
                byte[] e = unb64(jwk, "e");
                if (n == null || e == null) {
                    throw invalidJwk("RSA");
                }
                if (!wantPrivate) {
                    return KeyHandle.publicKey(new SubjectPublicKeyInfo(rsaAlgorithm(),
                            new RSAPublicKey(big(n), big(e))));
                }
                String[] members = {"d", "p", "q", "dp", "dq", "qi"};
                BigInteger[] values = new BigInteger[members.length];
                for (int i = 0; i < members.length; i++) {
                    byte[] bytes = unb64(jwk, members[i]);
                    if (bytes == null) {
                        throw invalidJwk("RSA");
                    }
                    values[i] = big(bytes);
                }
                return privateKey(new PrivateKeyInfo(rsaAlgorithm(), new RSAPrivateKey(big(n), big(e), values[0],
                        values[1], values[2], values[3], values[4], values[5])));
            }
            case "EC" -> {
                Curve curve = jwk.get("crv") instanceof String crv ? curveByName(crv) : null;
                byte[] x = unb64(jwk, "x");
                byte[] y = unb64(jwk, "y");
                if (curve == null || curve.jwkName == null || x == null || y == null) {
                    throw invalidJwk("EC");
                }
                X9ECParameters x9 = x9(curve.oid);
                ECPoint point = x9.getCurve().createPoint(big(x), big(y));
                AlgorithmIdentifier algorithm = new AlgorithmIdentifier(EC, curve.oid);
                if (!wantPrivate) {
                    return KeyHandle.publicKey(new SubjectPublicKeyInfo(algorithm, point.getEncoded(false)));
                }
                byte[] d = unb64(jwk, "d");
                if (d == null) {
                    throw invalidJwk("EC");
                }
                return privateKey(new PrivateKeyInfo(algorithm, new ECPrivateKey(x9.getN().bitLength(), big(d),
                        new DERBitString(point.getEncoded(false)), null)));
            }
            case "OKP" -> {
                ASN1ObjectIdentifier oid = switch (String.valueOf(jwk.get("crv"))) {
                    case "Ed25519" -> EdECObjectIdentifiers.id_Ed25519;
                    case "Ed448" -> EdECObjectIdentifiers.id_Ed448;
                    case "X25519" -> EdECObjectIdentifiers.id_X25519;
                    case "X448" -> EdECObjectIdentifiers.id_X448;
                    default -> throw invalidJwk("OKP");
                };
                byte[] x = unb64(jwk, "x");
                if (x == null) {
                    throw invalidJwk("OKP");
                }
                if (!wantPrivate) {
                    return KeyHandle.publicKey(new SubjectPublicKeyInfo(new AlgorithmIdentifier(oid), x));
                }
                byte[] d = unb64(jwk, "d");
                if (d == null) {
                    throw invalidJwk("OKP");
                }
                return privateKey(new PrivateKeyInfo(new AlgorithmIdentifier(oid), new DEROctetString(d)));
            }
            default -> throw new CryptoException("ERR_CRYPTO_INVALID_JWK", kty + " is not a supported JWK key type");
        }
    }

    private static CryptoException invalidJwk(String kty) {
        return new CryptoException("ERR_CRYPTO_INVALID_JWK", "Invalid JWK " + kty + " key");
    }

    private static BigInteger big(byte[] bytes) {
        return new BigInteger(1, bytes);
    }

    // Generation

    /**
     * A new key pair of Node's {@code type}: RSA ({@code modulusLength}, {@code publicExponent}, and for rsa-pss
     * optional PSS parameters), EC ({@code namedCurve}), and the Edwards and Montgomery curves.
     */
    static KeyHandle generate(String type, int modulusLength, long publicExponent, String namedCurve,
            String hashAlgorithm, String mgf1HashAlgorithm, int saltLength) throws GeneralSecurityException, IOException {
        KeyPairGenerator generator;
        switch (type) {
            case "rsa", "rsa-pss" -> {
                generator = KeyPairGenerator.getInstance("RSA", Bc.provider());
                generator.initialize(new RSAKeyGenParameterSpec(modulusLength, BigInteger.valueOf(publicExponent)));
            }
            case "ec" -> {
                Curve curve = curveByName(namedCurve);
                if (curve == null) {
                    throw new CryptoException("ERR_CRYPTO_INVALID_CURVE", "Invalid EC curve name");
                }
                generator = KeyPairGenerator.getInstance("EC", Bc.provider());
                generator.initialize(new ECGenParameterSpec(curve.oid.getId()));
                KeyPair pair = generator.generateKeyPair();
                BigInteger d = ECPrivateKey.getInstance(PrivateKeyInfo.getInstance(pair.getPrivate().getEncoded())
                        .parsePrivateKey()).getKey();
                return privateKey(new PrivateKeyInfo(new AlgorithmIdentifier(EC, curve.oid),
                        new ECPrivateKey(x9(curve.oid).getN().bitLength(), d, null)));
            }
            case "ed25519", "ed448", "x25519", "x448" ->
                generator = KeyPairGenerator.getInstance(type.substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                        + type.substring(1), Bc.provider());
            default -> throw new CryptoException("ERR_JNODE_UNSUPPORTED",
                    "Generating " + type + " keys is not supported by jnode yet (see docs/compat.md)");
        }
        KeyPair pair = generator.generateKeyPair();
        PrivateKeyInfo info = PrivateKeyInfo.getInstance(pair.getPrivate().getEncoded());
        if (type.equals("rsa-pss")) {
            AlgorithmIdentifier algorithm = hashAlgorithm == null ? new AlgorithmIdentifier(RSA_PSS)
                    : new AlgorithmIdentifier(RSA_PSS, pssParameters(hashAlgorithm, mgf1HashAlgorithm, saltLength));
            info = new PrivateKeyInfo(algorithm, info.parsePrivateKey());
        } else if (type.startsWith("rsa")) {
            info = new PrivateKeyInfo(rsaAlgorithm(), info.parsePrivateKey());
        } else {
            // Without the public key BouncyCastle adds, as OpenSSL's PKCS#8 for these curves.
            info = new PrivateKeyInfo(info.getPrivateKeyAlgorithm(), info.parsePrivateKey());
        }
        return privateKey(info);
    }

    private static RSASSAPSSparams pssParameters(String hash, String mgf1Hash, int saltLength) {
        AlgorithmIdentifier hashId = new AlgorithmIdentifier(Digests.oid(hash), DERNull.INSTANCE);
        AlgorithmIdentifier mgfHashId = new AlgorithmIdentifier(Digests.oid(mgf1Hash == null ? hash : mgf1Hash),
                DERNull.INSTANCE);
        return new RSASSAPSSparams(hashId, new AlgorithmIdentifier(PKCSObjectIdentifiers.id_mgf1, mgfHashId),
                new org.bouncycastle.asn1.ASN1Integer(saltLength), RSASSAPSSparams.DEFAULT_TRAILER_FIELD);
    }
}
