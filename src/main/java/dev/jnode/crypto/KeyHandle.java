package dev.jnode.crypto;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Arrays;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * The material behind a KeyObject: secret bytes, or a public key as its SubjectPublicKeyInfo, or a private key as
 * its PKCS#8 PrivateKeyInfo with the matching public key. Keeping the ASN.1 structures (rather than JCA keys) lets
 * every export reproduce OpenSSL's encodings; JCA keys for signing and encryption are made on first use.
 */
public final class KeyHandle {
    private final byte[] secret;
    private final SubjectPublicKeyInfo publicInfo;
    private final PrivateKeyInfo privateInfo;
    private PublicKey publicKey;
    private PrivateKey privateKey;

    private KeyHandle(byte[] secret, SubjectPublicKeyInfo publicInfo, PrivateKeyInfo privateInfo) {
        this.secret = secret;
        this.publicInfo = publicInfo;
        this.privateInfo = privateInfo;
    }

    static KeyHandle secret(byte[] bytes) {
        return new KeyHandle(bytes, null, null);
    }

    static KeyHandle publicKey(SubjectPublicKeyInfo info) {
        return new KeyHandle(null, info, null);
    }

    static KeyHandle privateKey(PrivateKeyInfo info, SubjectPublicKeyInfo publicInfo) {
        return new KeyHandle(null, publicInfo, info);
    }

    /** "secret", "public" or "private", as KeyObject's type. */
    String type() {
        return secret != null ? "secret" : privateInfo != null ? "private" : "public";
    }

    byte[] secretBytes() {
        return secret;
    }

    SubjectPublicKeyInfo publicInfo() {
        return publicInfo;
    }

    PrivateKeyInfo privateInfo() {
        return privateInfo;
    }

    /** This key's public half (itself when public). */
    KeyHandle publicHalf() {
        return privateInfo == null ? this : publicKey(publicInfo);
    }

    PublicKey jcaPublic() throws java.io.IOException {
        if (publicKey == null) {
            publicKey = Bc.publicKey(publicInfo);
        }
        return publicKey;
    }

    PrivateKey jcaPrivate() throws java.io.IOException {
        if (privateKey == null) {
            privateKey = Bc.privateKey(privateInfo);
        }
        return privateKey;
    }

    boolean sameAs(KeyHandle other) {
        if (!type().equals(other.type())) {
            return false;
        }
        try {
            return switch (type()) {
                case "secret" -> java.security.MessageDigest.isEqual(secret, other.secret);
                default -> Arrays.equals(publicInfo.getEncoded("DER"), other.publicInfo.getEncoded("DER"));
            };
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
