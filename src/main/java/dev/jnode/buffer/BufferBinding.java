package dev.jnode.buffer;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * {@code internalBinding('buffer')}: bulk encoding, decoding, comparison and search over the bytes of
 * JavaScript {@code ArrayBuffer}s, for lib/buffer.js.
 *
 * <p>Java reads an {@code ArrayBuffer} in one bulk copy ({@link Value#readBuffer}); it cannot write one in
 * bulk, so encoded bytes go to a direct {@link ByteBuffer} that JavaScript sees as an {@code ArrayBuffer}
 * and copies from with {@code TypedArray.prototype.set}: the small {@link #scratch()} buffer, reused, or a
 * one-off buffer for large results ({@link #takeLarge()}). Buffers themselves stay plain JS memory, since
 * element access to a host-backed {@code ArrayBuffer} is several times slower in GraalJS.
 */
public final class BufferBinding {
    /** The size of the reused scratch buffer. */
    public static final int SCRATCH_SIZE = 64 * 1024;

    private final byte[] scratchArray = new byte[SCRATCH_SIZE];
    private final ByteBuffer scratch = ByteBuffer.allocateDirect(SCRATCH_SIZE);
    private ByteBuffer large;

    /** The reused direct buffer that {@link #encode} writes results of up to {@link #SCRATCH_SIZE} bytes to. */
    @HostAccess.Export
    public Object scratch() {
        return scratch;
    }

    @HostAccess.Export
    public int scratchSize() {
        return SCRATCH_SIZE;
    }

    /** The result of the last {@link #encode} that did not fit the scratch buffer, once. */
    @HostAccess.Export
    public Object takeLarge() {
        ByteBuffer result = large;
        large = null;
        return result;
    }

    /**
     * Encodes {@code s}, at most {@code max} bytes of whole characters; returns the byte count. The bytes are
     * in {@link #scratch()} when they fit, else in the buffer {@link #takeLarge()} returns.
     */
    @HostAccess.Export
    public int encode(String s, int encoding, double max) {
        int bound = (int) Math.min(Codec.maxEncodedLength(s, encoding), Math.max(0, max));
        if (bound <= SCRATCH_SIZE) {
            int n = Codec.encode(s, encoding, scratchArray, bound);
            scratch.put(0, scratchArray, 0, n);
            return n;
        }
        byte[] out = new byte[bound];
        int n = Codec.encode(s, encoding, out, bound);
        large = ByteBuffer.allocateDirect(n);
        large.put(0, out, 0, n);
        return n;
    }

    /** The string that {@code length} bytes of {@code arrayBuffer} from {@code offset} decode to. */
    @HostAccess.Export
    public String decode(Value arrayBuffer, int offset, int length, int encoding) {
        return Codec.decode(read(arrayBuffer, offset, length), 0, length, encoding);
    }

    /** UTF-8 byte length of a string (lone surrogates as U+FFFD). */
    @HostAccess.Export
    public int utf8Length(String s) {
        return Codec.utf8Length(s);
    }

    /** -1, 0 or 1 as the two byte ranges compare, unsigned and byte by byte, shorter first on a tie. */
    @HostAccess.Export
    public int compare(Value a, int aOffset, int aLength, Value b, int bOffset, int bLength) {
        int c = Arrays.compareUnsigned(read(a, aOffset, aLength), read(b, bOffset, bLength));
        return Integer.signum(c);
    }

    /**
     * Where {@code needle} occurs in {@code haystack}: the first match starting at or after {@code from}
     * (forward) or the last starting at or before it; only at positions that are multiples of {@code step}
     * (2 for UTF-16). Returns the index relative to the haystack's start, or -1.
     */
    @HostAccess.Export
    public int indexOf(Value haystack, int hOffset, int hLength, Value needle, int nOffset, int nLength,
            int from, boolean forward, int step) {
        byte[] h = read(haystack, hOffset, hLength);
        byte[] n = read(needle, nOffset, nLength);
        return indexOf(h, n, from, forward, step);
    }

    static int indexOf(byte[] h, byte[] n, int from, boolean forward, int step) {
        int last = h.length - n.length;
        if (last < 0) {
            return -1;
        }
        if (step > 1) {
            from -= from % step;
        }
        if (forward) {
            for (int i = Math.max(from, 0); i <= last; i += step) {
                if (matchesAt(h, n, i)) {
                    return i;
                }
            }
        } else {
            int start = Math.min(from, last);
            if (step > 1) {
                start -= start % step;
            }
            for (int i = start; i >= 0; i -= step) {
                if (matchesAt(h, n, i)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean matchesAt(byte[] h, byte[] n, int at) {
        return Arrays.equals(h, at, at + n.length, n, 0, n.length);
    }

    @HostAccess.Export
    public boolean isUtf8(Value arrayBuffer, int offset, int length) {
        return Codec.validUtf8(read(arrayBuffer, offset, length), 0, length);
    }

    @HostAccess.Export
    public boolean isAscii(Value arrayBuffer, int offset, int length) {
        return Codec.isAscii(read(arrayBuffer, offset, length), 0, length);
    }

    private static byte[] read(Value arrayBuffer, int offset, int length) {
        byte[] bytes = new byte[length];
        if (length > 0) {
            arrayBuffer.readBuffer(offset, bytes, 0, length);
        }
        return bytes;
    }
}
