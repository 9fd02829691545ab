package dev.jnode.zlib;

import java.util.zip.CRC32;

/** CRC32 that can continue from a previous value, which {@link CRC32} cannot be seeded with. */
final class Crc32 {
    private static final int[] TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
            }
            TABLE[n] = c;
        }
    }

    private Crc32() {}

    static long update(long value, byte[] data) {
        if (value == 0) {
            CRC32 fresh = new CRC32();
            fresh.update(data);
            return fresh.getValue();
        }
        int c = ~(int) value;
        for (byte b : data) {
            c = TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
        }
        return ~c & 0xffffffffL;
    }
}
