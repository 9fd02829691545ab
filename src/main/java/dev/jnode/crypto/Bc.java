package dev.jnode.crypto;

import java.io.IOException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * BouncyCastle's JCA provider, made on first use and never registered: the asymmetric operations (signatures,
 * RSA encryption, key agreement, key generation) run on it so that every key type and curve Node has (secp256k1,
 * RSA-PSS keys) works the same way.
 */
final class Bc {
    private static final class Holder {
        static final Provider PROVIDER = new BouncyCastleProvider();
    }

    private Bc() {
    }

    static Provider provider() {
        return Holder.PROVIDER;
    }

    static PublicKey publicKey(SubjectPublicKeyInfo info) throws IOException {
        provider();
        PublicKey key = BouncyCastleProvider.getPublicKey(info);
        if (key == null) {
            throw new IOException("unsupported public key algorithm " + info.getAlgorithm().getAlgorithm());
        }
        return key;
    }

    static PrivateKey privateKey(PrivateKeyInfo info) throws IOException {
        provider();
        PrivateKey key = BouncyCastleProvider.getPrivateKey(info);
        if (key == null) {
            throw new IOException("unsupported private key algorithm " + info.getPrivateKeyAlgorithm().getAlgorithm());
        }
        return key;
    }
}
