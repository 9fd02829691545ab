package dev.jnode.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;

/** The curve arithmetic behind crypto.createECDH and ECDH.convertKey, on BouncyCastle's named curves. */
final class Ecdh {
    private Ecdh() {
    }

    /** The named curve, or null when OpenSSL (and so Node) would not know the name. */
    static X9ECParameters curve(String name) {
        return Keys.curveByName(name) == null ? null : ECNamedCurveTable.getByName(name);
    }

    static byte[] generatePrivate(X9ECParameters curve, SecureRandom random) {
        BigInteger d = BigIntegers.createRandomInRange(BigInteger.ONE, curve.getN().subtract(BigInteger.ONE), random);
        return BigIntegers.asUnsignedByteArray(d);
    }

    /** The private key as a scalar, or a RangeError-worthy failure when it is 0 or not below the order. */
    static BigInteger scalar(X9ECParameters curve, byte[] privateKey) {
        BigInteger d = new BigInteger(1, privateKey);
        if (d.signum() == 0 || d.compareTo(curve.getN()) >= 0) {
            throw new CryptoException("ERR_CRYPTO_INVALID_KEYTYPE", "Private key is not valid for specified curve.");
        }
        return d;
    }

    static byte[] publicKey(X9ECParameters curve, byte[] privateKey, String format) {
        return encode(curve.getG().multiply(scalar(curve, privateKey)).normalize(), format);
    }

    static ECPoint point(X9ECParameters curve, byte[] encoded) {
        try {
            ECPoint point = curve.getCurve().decodePoint(encoded);
            if (point.isInfinity() || !point.isValid()) {
                throw invalidPublicKey();
            }
            return point;
        } catch (IllegalArgumentException e) {
            throw invalidPublicKey();
        }
    }

    private static CryptoException invalidPublicKey() {
        return new CryptoException("ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY", "Public key is not valid for specified curve");
    }

    /** The shared secret: the x coordinate of d * peer, as long as the field. */
    static byte[] computeSecret(X9ECParameters curve, byte[] privateKey, byte[] peer) {
        ECPoint shared = point(curve, peer).multiply(scalar(curve, privateKey)).normalize();
        int size = (curve.getCurve().getFieldSize() + 7) / 8;
        return BigIntegers.asUnsignedByteArray(size, shared.getAffineXCoord().toBigInteger());
    }

    /** A point in SEC1 form: uncompressed (04), compressed (02/03) or hybrid (06/07). */
    static byte[] encode(ECPoint point, String format) {
        if (format.equals("compressed")) {
            return point.getEncoded(true);
        }
        byte[] encoded = point.getEncoded(false);
        if (format.equals("hybrid")) {
            encoded[0] = (byte) (point.getAffineYCoord().testBitZero() ? 7 : 6);
        }
        return encoded;
    }
}
