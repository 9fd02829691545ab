package dev.jnode.zlib;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * One zlib stream in one of Node's modes (numbered as {@code zlib.constants.DEFLATE..UNZIP}) on the JDK's
 * {@link Deflater}/{@link Inflater}. The JDK speaks raw deflate and zlib framing; gzip framing (header,
 * CRC32/length trailer, concatenated members) is done here. Not thread-safe: one caller at a time.
 */
public final class ZlibCodec {
    public static final int DEFLATE = 1, INFLATE = 2, GZIP = 3, GUNZIP = 4, DEFLATERAW = 5, INFLATERAW = 6, UNZIP = 7;
    public static final int Z_NO_FLUSH = 0, Z_PARTIAL_FLUSH = 1, Z_SYNC_FLUSH = 2, Z_FULL_FLUSH = 3, Z_FINISH = 4;
    public static final int Z_FILTERED = 1, Z_HUFFMAN_ONLY = 2;

    private static final int GZIP_ID1 = 0x1f, GZIP_ID2 = 0x8b, GZIP_TRAILER = 8;
    private static final int FHCRC = 2, FEXTRA = 4, FNAME = 8, FCOMMENT = 16;

    /** Where an inflating stream is in its input. */
    private enum Stage { DETECT, GZIP_HEADER, BODY, GZIP_TRAILER, MEMBER_END, DONE }

    private final int mode;
    private final int windowBits;
    private final byte[] dictionary;
    private final CRC32 crc = new CRC32();
    private final byte[] window = new byte[64 * 1024];
    private Deflater deflater;
    private Inflater inflater;
    private int level;
    private Stage stage;
    private byte[] pending = new byte[0];
    private long memberLength;
    private boolean gzipHeaderWritten;
    private byte[] outputFromParams = new byte[0];
    /** Inflating: whether the input is gzip (for Unzip, known once {@link Stage#DETECT} has seen it). */
    private boolean gzipFraming;

    /**
     * {@code windowBits} matters only when inflating zlib-framed data (0: take the header's): data whose header
     * asks for a larger window is refused as zlib refuses it. The JDK always deflates with a 32 KiB window.
     */
    public ZlibCodec(int mode, int level, int strategy, int windowBits, byte[] dictionary) {
        this.mode = mode;
        this.windowBits = windowBits;
        this.level = level;
        this.dictionary = dictionary;
        if (isDeflating()) {
            deflater = new Deflater(level, mode != DEFLATE);
            deflater.setStrategy(jdkStrategy(strategy));
            if (dictionary != null) {
                deflater.setDictionary(dictionary);
            }
        }
        reset();
    }

    private boolean isDeflating() {
        return mode == DEFLATE || mode == GZIP || mode == DEFLATERAW;
    }

    /** Z_RLE and Z_FIXED have no JDK counterpart; the default strategy still yields valid deflate data. */
    private static int jdkStrategy(int strategy) {
        return switch (strategy) {
            case Z_FILTERED -> Deflater.FILTERED;
            case Z_HUFFMAN_ONLY -> Deflater.HUFFMAN_ONLY;
            default -> Deflater.DEFAULT_STRATEGY;
        };
    }

    public void reset() {
        crc.reset();
        memberLength = 0;
        pending = new byte[0];
        gzipHeaderWritten = false;
        if (isDeflating()) {
            deflater.reset();
            if (dictionary != null) {
                deflater.setDictionary(dictionary);
            }
            return;
        }
        gzipFraming = mode == GUNZIP;
        stage = switch (mode) {
            case GUNZIP -> Stage.GZIP_HEADER;
            case UNZIP -> Stage.DETECT;
            default -> Stage.BODY;
        };
        newInflater(mode == INFLATE);
    }

    private void newInflater(boolean zlibFraming) {
        if (inflater != null) {
            inflater.end();
        }
        inflater = new Inflater(!zlibFraming);
        if (!zlibFraming && dictionary != null && mode == INFLATERAW) {
            inflater.setDictionary(dictionary);
        }
    }

    /**
     * Changes level and strategy for the data written from now on. The JDK applies them at its next deflate
     * call, to whatever input is then waiting; they are applied now, with no input, so that the next chunk
     * is the first one compressed with them, as in Node (bytes this produces lead the next output).
     */
    public void params(int newLevel, int strategy) {
        if (!isDeflating()) {
            return;
        }
        level = newLevel;
        deflater.setLevel(newLevel);
        deflater.setStrategy(jdkStrategy(strategy));
        deflater.setInput(new byte[0]);
        var applied = new ByteArrayOutputStream();
        int n;
        do {
            n = deflater.deflate(window, 0, window.length, Deflater.NO_FLUSH);
            applied.write(window, 0, n);
        } while (n == window.length);
        outputFromParams = applied.toByteArray();
    }

    public void close() {
        if (deflater != null) {
            deflater.end();
        }
        if (inflater != null) {
            inflater.end();
        }
    }

    /** Feeds {@code input} with zlib's {@code flush} kind; returns the output it produced. */
    public byte[] process(byte[] input, int flush, long maxOutputLength) throws ZlibException {
        Output out = new Output(maxOutputLength);
        out.append(outputFromParams, outputFromParams.length);
        outputFromParams = new byte[0];
        if (isDeflating()) {
            deflate(input, flush, out);
        } else {
            inflate(input, flush, out);
        }
        return out.toByteArray();
    }

    /** Collects output and enforces the caller's limit as it grows. */
    private static final class Output extends ByteArrayOutputStream {
        private final long max;

        Output(long max) {
            this.max = max;
        }

        void append(byte[] b, int len) throws ZlibException {
            write(b, 0, len);
            if (count > max) {
                throw new ZlibException("Cannot create a Buffer larger than " + max + " bytes", ZlibException.TOO_LARGE);
            }
        }
    }

    private void deflate(byte[] input, int flush, Output out) throws ZlibException {
        if (deflater.finished()) {
            return; // as zlib after Z_STREAM_END: nothing more comes out, and the gzip trailer is not repeated
        }
        if (mode == GZIP && !gzipHeaderWritten) {
            gzipHeaderWritten = true;
            byte extraFlags = (byte) (level == 9 ? 2 : level == 1 ? 4 : 0);
            byte[] header = {(byte) GZIP_ID1, (byte) GZIP_ID2, 8, 0, 0, 0, 0, 0, extraFlags, 3};
            out.append(header, header.length);
        }
        crc.update(input);
        memberLength += input.length;
        deflater.setInput(input);
        if (flush == Z_FINISH) {
            deflater.finish();
            while (!deflater.finished()) {
                out.append(window, deflater.deflate(window, 0, window.length, Deflater.NO_FLUSH));
            }
            if (mode == GZIP) {
                byte[] trailer = new byte[GZIP_TRAILER];
                putIntLE(trailer, 0, crc.getValue());
                putIntLE(trailer, 4, memberLength);
                out.append(trailer, trailer.length);
            }
            return;
        }
        int jdkFlush = switch (flush) {
            case Z_NO_FLUSH -> Deflater.NO_FLUSH;
            case Z_FULL_FLUSH -> Deflater.FULL_FLUSH;
            default -> Deflater.SYNC_FLUSH;
        };
        int n;
        do {
            n = deflater.deflate(window, 0, window.length, jdkFlush);
            out.append(window, n);
        } while (n == window.length || !deflater.needsInput());
    }

    private void inflate(byte[] input, int flush, Output out) throws ZlibException {
        pending = concat(pending, input);
        boolean progress = true;
        while (progress) {
            progress = switch (stage) {
                case DETECT -> detect();
                case GZIP_HEADER -> readGzipHeader();
                case BODY -> inflateBody(out);
                case GZIP_TRAILER -> readGzipTrailer();
                case MEMBER_END -> nextMember();
                case DONE -> {
                    pending = new byte[0];
                    yield false;
                }
            };
        }
        if (flush == Z_FINISH && stage != Stage.DONE && stage != Stage.MEMBER_END) {
            throw new ZlibException("unexpected end of file", ZlibException.Z_BUF_ERROR);
        }
    }

    /** Unzip: gzip when the input starts with gzip's magic bytes, zlib framing otherwise. */
    private boolean detect() {
        if (pending.length == 0 || (pending.length == 1 && (pending[0] & 0xff) == GZIP_ID1)) {
            return false;
        }
        boolean gzip = (pending[0] & 0xff) == GZIP_ID1 && (pending[1] & 0xff) == GZIP_ID2;
        gzipFraming = gzip;
        stage = gzip ? Stage.GZIP_HEADER : Stage.BODY;
        newInflater(!gzip);
        return true;
    }

    private boolean readGzipHeader() throws ZlibException {
        int available = pending.length;
        if (available >= 1 && (pending[0] & 0xff) != GZIP_ID1 || available >= 2 && (pending[1] & 0xff) != GZIP_ID2) {
            throw new ZlibException("incorrect header check", ZlibException.Z_DATA_ERROR);
        }
        if (available >= 3 && pending[2] != 8) {
            throw new ZlibException("unknown compression method", ZlibException.Z_DATA_ERROR);
        }
        if (available < 10) {
            return false;
        }
        int flags = pending[3] & 0xff;
        int at = 10;
        if ((flags & FEXTRA) != 0) {
            if (available < at + 2) {
                return false;
            }
            at += 2 + ((pending[at] & 0xff) | (pending[at + 1] & 0xff) << 8);
        }
        for (int zeroTerminated : new int[] {FNAME, FCOMMENT}) {
            if ((flags & zeroTerminated) != 0) {
                while (at < available && pending[at] != 0) {
                    at++;
                }
                at++;
            }
        }
        if ((flags & FHCRC) != 0) {
            at += 2;
        }
        if (at > available) {
            return false;
        }
        pending = Arrays.copyOfRange(pending, at, available);
        crc.reset();
        memberLength = 0;
        stage = Stage.BODY;
        return true;
    }

    private boolean inflateBody(Output out) throws ZlibException {
        if (!gzipFraming && mode != INFLATERAW && inflater.getBytesRead() == 0 && pending.length > 0
                && windowBits != 0 && (pending[0] >> 4 & 0xf) + 8 > windowBits) {
            throw new ZlibException("invalid window size", ZlibException.Z_DATA_ERROR);
        }
        inflater.setInput(pending);
        try {
            while (true) {
                int n = inflater.inflate(window);
                if (n > 0) {
                    out.append(window, n);
                    crc.update(window, 0, n);
                    memberLength += n;
                }
                if (inflater.needsDictionary()) {
                    supplyDictionary();
                } else if (inflater.finished() || n == 0) {
                    break;
                }
            }
        } catch (DataFormatException e) {
            throw new ZlibException(e.getMessage(), ZlibException.Z_DATA_ERROR);
        }
        pending = Arrays.copyOfRange(pending, pending.length - inflater.getRemaining(), pending.length);
        if (!inflater.finished()) {
            return false;
        }
        stage = gzipFraming ? Stage.GZIP_TRAILER : Stage.DONE;
        return true;
    }

    private void supplyDictionary() throws ZlibException {
        if (dictionary == null) {
            throw new ZlibException("Missing dictionary", ZlibException.Z_NEED_DICT);
        }
        try {
            inflater.setDictionary(dictionary);
        } catch (IllegalArgumentException e) {
            throw new ZlibException("Bad dictionary", ZlibException.Z_DATA_ERROR);
        }
    }

    private boolean readGzipTrailer() throws ZlibException {
        if (pending.length < GZIP_TRAILER) {
            return false;
        }
        if (getIntLE(pending, 0) != crc.getValue()) {
            throw new ZlibException("incorrect data check", ZlibException.Z_DATA_ERROR);
        }
        if (getIntLE(pending, 4) != (memberLength & 0xffffffffL)) {
            throw new ZlibException("incorrect length check", ZlibException.Z_DATA_ERROR);
        }
        pending = Arrays.copyOfRange(pending, GZIP_TRAILER, pending.length);
        stage = Stage.MEMBER_END;
        return true;
    }

    /** After a gzip member, as Node reads on: zero bytes are padding, anything else must be another member. */
    private boolean nextMember() {
        if (pending.length == 0) {
            return false;
        }
        if (pending[0] == 0) {
            stage = Stage.DONE;
            return true;
        }
        newInflater(false);
        stage = Stage.GZIP_HEADER;
        return true;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        if (a.length == 0) {
            return b;
        }
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    private static void putIntLE(byte[] b, int at, long v) {
        for (int i = 0; i < 4; i++) {
            b[at + i] = (byte) (v >>> (8 * i));
        }
    }

    private static long getIntLE(byte[] b, int at) {
        long v = 0;
        for (int i = 3; i >= 0; i--) {
            v = v << 8 | (b[at + i] & 0xff);
        }
        return v;
    }
}
