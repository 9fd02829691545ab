package dev.jnode.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;

/** crypto.generatePrime: random primes of an exact size, optionally safe or in a residue class. */
final class Primes {
    private static final int CERTAINTY = 100;

    private Primes() {
    }

    static byte[] generate(int bits, boolean safe, BigInteger add, BigInteger rem, SecureRandom random) {
        if (add != null && (rem == null ? BigInteger.ONE : rem).compareTo(add) >= 0) {
            throw new CryptoException("ERR_OUT_OF_RANGE", "invalid options.rem");
        }
        while (true) {
            BigInteger candidate = new BigInteger(bits, random).setBit(bits - 1);
            if (add != null) {
                BigInteger residue = rem == null ? (safe ? BigInteger.valueOf(3) : BigInteger.ONE) : rem;
                candidate = candidate.subtract(candidate.mod(add)).add(residue);
                if (candidate.bitLength() != bits) {
                    continue;
                }
            } else if (bits > 1) {
                candidate = candidate.setBit(0);
            }
            if (candidate.isProbablePrime(CERTAINTY)
                    && (!safe || candidate.shiftRight(1).isProbablePrime(CERTAINTY))) {
                byte[] bytes = candidate.toByteArray();
                int length = (bits + 7) / 8;
                return bytes.length == length ? bytes : java.util.Arrays.copyOfRange(bytes, bytes.length - length,
                        bytes.length);
            }
        }
    }
}
