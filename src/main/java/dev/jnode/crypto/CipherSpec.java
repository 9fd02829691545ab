package dev.jnode.crypto;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A cipher as OpenSSL describes it to Node's getCipherInfo(): its canonical name, NID, mode, block, IV and key
 * sizes ({@code ivLength} 0 when the mode takes no IV). The table holds the ciphers jnode implements.
 */
record CipherSpec(String name, int nid, String mode, int blockSize, int ivLength, int keyLength) {
    private static final Map<String, CipherSpec> BY_LOWER_NAME = new HashMap<>();
    private static final Map<Integer, CipherSpec> BY_NID = new HashMap<>();
    /** The names getCiphers() lists: canonical names and OpenSSL's aliases, as OpenSSL spells them. */
    private static final List<String> LISTED = new ArrayList<>();

    static {
        int[][] aesNids = {
            // cbc, ecb, ofb, cfb, cfb8, ctr, gcm, ccm, ocb for 128, 192 and 256 bits
            {419, 418, 420, 421, 653, 904, 895, 896, 958},
            {423, 422, 424, 425, 654, 905, 898, 899, 959},
            {427, 426, 428, 429, 655, 906, 901, 902, 960},
        };
        int[] bits = {128, 192, 256};
        for (int i = 0; i < bits.length; i++) {
            int key = bits[i] / 8;
            String prefix = "aes-" + bits[i] + "-";
            int[] nid = aesNids[i];
            CipherSpec cbc = add(prefix + "cbc", nid[0], "cbc", 16, 16, key);
            add(prefix + "ecb", nid[1], "ecb", 16, 0, key);
            add(prefix + "ofb", nid[2], "ofb", 1, 16, key);
            add(prefix + "cfb", nid[3], "cfb", 1, 16, key);
            add(prefix + "cfb8", nid[4], "cfb", 1, 16, key);
            add(prefix + "ctr", nid[5], "ctr", 1, 16, key);
            CipherSpec gcm = add(prefix + "gcm", "id-aes" + bits[i] + "-gcm", nid[6], "gcm", 1, 12, key);
            CipherSpec ccm = add(prefix + "ccm", "id-aes" + bits[i] + "-ccm", nid[7], "ccm", 1, 12, key);
            add(prefix + "ocb", nid[8], "ocb", 16, 12, key);
            alias("aes" + bits[i], cbc);
            alias("id-aes" + bits[i] + "-GCM", gcm);
            alias("id-aes" + bits[i] + "-CCM", ccm);
        }
        add("chacha20", 1019, "stream", 1, 16, 32);
        add("chacha20-poly1305", 1018, "stream", 1, 12, 32);
        CipherSpec desEde3Cbc = add("des-ede3-cbc", 44, "cbc", 8, 8, 24);
        CipherSpec desEde3 = add("des-ede3", 33, "ecb", 8, 0, 24);
        alias("des3", desEde3Cbc);
        alias("des-ede3-ecb", desEde3);
        LISTED.sort(null);
    }

    private static CipherSpec add(String listedName, int nid, String mode, int blockSize, int ivLength, int keyLength) {
        return add(listedName, listedName, nid, mode, blockSize, ivLength, keyLength);
    }

    private static CipherSpec add(String listedName, String canonicalName, int nid, String mode, int blockSize,
            int ivLength, int keyLength) {
        CipherSpec spec = new CipherSpec(canonicalName, nid, mode, blockSize, ivLength, keyLength);
        alias(listedName, spec);
        BY_LOWER_NAME.put(canonicalName, spec);
        BY_NID.put(nid, spec);
        return spec;
    }

    private static void alias(String name, CipherSpec spec) {
        BY_LOWER_NAME.put(name.toLowerCase(Locale.ROOT), spec);
        LISTED.add(name);
    }

    /** The cipher Node's {@code name} (any case) denotes, or null. */
    static CipherSpec byName(String name) {
        return BY_LOWER_NAME.get(name.toLowerCase(Locale.ROOT));
    }

    static CipherSpec byNid(int nid) {
        return BY_NID.get(nid);
    }

    static List<String> listedNames() {
        return LISTED;
    }

    boolean isAead() {
        return switch (mode) {
            case "gcm", "ccm", "ocb" -> true;
            default -> name.equals("chacha20-poly1305");
        };
    }

    /** Whether an IV of {@code length} bytes suits this cipher (AEAD modes take a range, others one size). */
    boolean acceptsIvLength(int length) {
        return switch (mode) {
            case "gcm" -> length > 0;
            case "ccm" -> length >= 7 && length <= 13;
            case "ocb" -> length >= 1 && length <= 15;
            default -> length == ivLength;
        };
    }

    /** Whether {@code length} is a tag size this AEAD cipher can produce and check. */
    boolean acceptsTagLength(int length) {
        return switch (mode) {
            case "gcm" -> length == 4 || length == 8 || (length >= 12 && length <= 16);
            case "ccm" -> length >= 4 && length <= 16 && length % 2 == 0;
            case "ocb" -> length >= 1 && length <= 16;
            default -> isAead() && length >= 1 && length <= 16;
        };
    }
}
