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
 * grown or one-off buffer for larger results ({@link #output()}). Buffers themselves stay plain JS memory, since
 * element access to a host-backed {@code ArrayBuffer} is several times slower in GraalJS.
 */
public final class BufferBinding {
    /** The initial size of the reused output buffer. */
    public static final int SCRATCH_SIZE = 64 * 1024;
    /** Work arrays and output buffers up to this size are kept for reuse; larger ones are one-off. */
    private static final int RETAIN = 16 * 1024 * 1024;
    /** The largest piece {@link #compare} reads at a time. */
    private static final int COMPARE_CHUNK_MAX = 1024 * 1024;

    private final byte[][] work = new byte[3][];
    private ByteBuffer scratch = ByteBuffer.allocateDirect(SCRATCH_SIZE);
    private ByteBuffer output;

    /** The reused direct buffer that {@link #encode} writes results to while they fit. */
    @HostAccess.Export
    public Object scratch() {
        return scratch;
    }

    @HostAccess.Export
    public int scratchSize() {
        return SCRATCH_SIZE;
    }

    /**
     * The buffer holding the last {@link #encode} result that did not fit the scratch buffer JavaScript
     * knew: the grown scratch buffer (then JavaScript keeps it), or a one-off buffer for a large result.
     */
    @HostAccess.Export
    public Object output() {
        ByteBuffer result = output;
        output = null;
        return result;
    }

    /**
     * Encodes {@code s}, at most {@code max} bytes of whole characters; returns the byte count. The bytes are
     * in the scratch buffer, or in the buffer {@link #output()} returns when they did not fit it.
     */
    @HostAccess.Export
    public int encode(String s, int encoding, double max) {
        int bound = (int) Math.min(Codec.maxEncodedLength(s, encoding), Math.max(0, max));
        byte[] out = array(2, bound);
        int n = Codec.encode(s, encoding, out, bound);
        if (n > scratch.capacity()) {
            if (n <= RETAIN) {
                scratch = ByteBuffer.allocateDirect(Math.max(n, Math.min(RETAIN, 2 * scratch.capacity())));
                output = scratch;
            } else {
                output = ByteBuffer.allocateDirect(n);
            }
            output.put(0, out, 0, n);
        } else {
            scratch.put(0, out, 0, n);
        }
        return n;
    }

    /** A work array of at least {@code length} bytes: the kept one for {@code slot}, grown if needed. */
    private byte[] array(int slot, int length) {
        byte[] a = work[slot];
        if (a != null && a.length >= length) {
            return a;
        }
        if (length > RETAIN) {
            return new byte[length];
        }
        a = new byte[Math.max(length, Math.min(RETAIN, a == null ? 4096 : 2 * a.length))];
        work[slot] = a;
        return a;
    }

    /** The string that {@code length} bytes of {@code arrayBuffer} from {@code offset} decode to. */
    @HostAccess.Export
    public String decode(Value arrayBuffer, int offset, int length, int encoding) {
        return Codec.decode(read(0, arrayBuffer, offset, length), 0, length, encoding);
    }

    /** UTF-8 byte length of a string (lone surrogates as U+FFFD). */
    @HostAccess.Export
    public int utf8Length(String s) {
        return Codec.utf8Length(s);
    }

    /**
     * -1, 0 or 1 as the two byte ranges compare, unsigned and byte by byte, shorter first on a tie. The ranges
     * are read in growing chunks, so that buffers differing early are not copied whole (as memcmp stops).
     */
    @HostAccess.Export
    public int compare(Value a, int aOffset, int aLength, Value b, int bOffset, int bLength) {
        int common = Math.min(aLength, bLength);
        int chunk = 4096;
        for (int done = 0; done < common; done += chunk, chunk = Math.min(chunk * 2, COMPARE_CHUNK_MAX)) {
            int length = Math.min(chunk, common - done);
            int c = Arrays.compareUnsigned(read(0, a, aOffset + done, length), 0, length,
                    read(1, b, bOffset + done, length), 0, length);
            if (c != 0) {
                return Integer.signum(c);
            }
        }
        return Integer.compare(aLength, bLength);
    }

    /**
     * Where {@code needle} occurs in {@code haystack}: the first match starting at or after {@code from}
     * (forward) or the last starting at or before it; only at positions that are multiples of {@code step}
     * (2 for UTF-16). Returns the index relative to the haystack's start, or -1.
     */
    @HostAccess.Export
    public int indexOf(Value haystack, int hOffset, int hLength, Value needle, int nOffset, int nLength,
            int from, boolean forward, int step) {
        byte[] h = read(0, haystack, hOffset, hLength);
        byte[] n = read(1, needle, nOffset, nLength);
        return indexOf(h, hLength, n, nLength, from, forward, step);
    }

    static int indexOf(byte[] h, byte[] n, int from, boolean forward, int step) {
        return indexOf(h, h.length, n, n.length, from, forward, step);
    }

    static int indexOf(byte[] h, int hLength, byte[] n, int nLength, int from, boolean forward, int step) {
        int last = hLength - nLength;
        if (last < 0 || nLength == 0) {
            return nLength == 0 ? Math.min(Math.max(from, 0), hLength) : -1;
        }
        byte first = n[0];
        if (last < 0) {
            return -1;
        }
        if (step > 1) {
            from -= from % step;
        }
        if (forward) {
            for (int i = Math.max(from, 0); i <= last; i += step) {
                if (h[i] == first && matchesAt(h, n, nLength, i)) {
                    return i;
                }
            }
        } else {
            int start = Math.min(from, last);
            if (step > 1) {
                start -= start % step;
            }
            for (int i = start; i >= 0; i -= step) {
                if (h[i] == first && matchesAt(h, n, nLength, i)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean matchesAt(byte[] h, byte[] n, int nLength, int at) {
        return Arrays.equals(h, at, at + nLength, n, 0, nLength);
    }

    @HostAccess.Export
    public boolean isUtf8(Value arrayBuffer, int offset, int length) {
        return Codec.validUtf8(read(0, arrayBuffer, offset, length), 0, length);
    }

    @HostAccess.Export
    public boolean isAscii(Value arrayBuffer, int offset, int length) {
        return Codec.isAscii(read(0, arrayBuffer, offset, length), 0, length);
    }

    private byte[] read(int slot, Value arrayBuffer, int offset, int length) {
        byte[] bytes = array(slot, length);
        if (length > 0) {
            arrayBuffer.readBuffer(offset, bytes, 0, length);
        }
        return bytes;
    }
}
