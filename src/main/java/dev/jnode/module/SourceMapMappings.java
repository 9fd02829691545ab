package dev.jnode.module;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.util.Arrays;

/**
 * Decodes the {@code mappings} string of a Source Map v3 (base64 VLQ segments, {@code ,} between segments and
 * {@code ;} between generated lines) into a flat table that {@code module.SourceMap} searches. Each entry is
 * {@link #FIELDS} ints: generated line and column, source index, original line and column, name index; the last
 * four are -1 when the segment does not have them. Entries are sorted by generated position. The string's
 * last segment is read as Node reads it: with every field, the missing ones as zero deltas.
 *
 * <p>Written here rather than taken from a library: the format is a few dozen lines, and the Java source map
 * libraries (Closure Compiler's consumer, its forks) bring a compiler-sized jar for it. Java rather than
 * JavaScript because a bundle's map holds hundreds of thousands of segments and is decoded once, while the code
 * that would decode it in JavaScript is still interpreted.
 */
public final class SourceMapMappings {
    /** Ints per entry. */
    public static final int FIELDS = 6;

    private static final int[] BASE64 = new int[128];

    static {
        Arrays.fill(BASE64, -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.length(); i++) {
            BASE64[alphabet.charAt(i)] = i;
        }
    }

    private SourceMapMappings() {
    }

    /**
     * The entries of {@code mappings}, sorted. A malformed segment (a bad character, a truncated number, a
     * segment of 2, 3 or more than 5 fields) throws {@link IllegalArgumentException}.
     */
    public static int[] decode(String mappings) {
        int[] table = new int[Math.max(16, mappings.length() / 2) * FIELDS / 4];
        int count = 0;
        int line = 0;
        int column = 0;
        int source = 0;
        int originalLine = 0;
        int originalColumn = 0;
        int name = 0;
        boolean sorted = true;
        int previousColumn = -1;
        int[] segment = new int[5];
        int pos = 0;
        int length = mappings.length();
        while (pos < length) {
            char c = mappings.charAt(pos);
            if (c == ';') {
                line++;
                column = 0;
                previousColumn = -1;
                pos++;
                continue;
            }
            if (c == ',') {
                pos++;
                // Node's reader takes the end of the string after a comma for one more segment.
                if (pos < length) {
                    continue;
                }
            }
            int fields = 0;
            while (pos < length && mappings.charAt(pos) != ',' && mappings.charAt(pos) != ';') {
                if (fields == 5) {
                    throw new IllegalArgumentException("source map segment with more than 5 fields at " + pos);
                }
                long value = 0;
                int shift = 0;
                boolean more;
                do {
                    if (pos >= length) {
                        throw new IllegalArgumentException("truncated source map segment");
                    }
                    char digitChar = mappings.charAt(pos++);
                    int digit = digitChar < 128 ? BASE64[digitChar] : -1;
                    if (digit < 0) {
                        throw new IllegalArgumentException("invalid base64 character in source map: " + digitChar);
                    }
                    more = (digit & 32) != 0;
                    value |= (long) (digit & 31) << shift;
                    shift += 5;
                    if (shift > 35) {
                        throw new IllegalArgumentException("source map number too large");
                    }
                } while (more);
                // The lowest bit is the sign.
                int magnitude = (int) (value >>> 1);
                segment[fields++] = (value & 1) != 0 ? -magnitude : magnitude;
            }
            if (pos == length) {
                // Node's reader completes the string's last segment with zero deltas (a name too).
                while (fields < 5) {
                    segment[fields++] = 0;
                }
            }
            if (fields != 1 && fields != 4 && fields != 5) {
                throw new IllegalArgumentException("source map segment with " + fields + " fields");
            }
            column += segment[0];
            if (count * FIELDS + FIELDS > table.length) {
                table = Arrays.copyOf(table, table.length * 2);
            }
            int at = count * FIELDS;
            table[at] = line;
            table[at + 1] = column;
            if (fields >= 4) {
                source += segment[1];
                originalLine += segment[2];
                originalColumn += segment[3];
                table[at + 2] = source;
                table[at + 3] = originalLine;
                table[at + 4] = originalColumn;
            } else {
                table[at + 2] = table[at + 3] = table[at + 4] = -1;
            }
            if (fields == 5) {
                name += segment[4];
                table[at + 5] = name;
            } else {
                table[at + 5] = -1;
            }
            sorted &= column >= previousColumn;
            previousColumn = column;
            count++;
        }
        int[] entries = Arrays.copyOf(table, count * FIELDS);
        return sorted ? entries : sortByGeneratedPosition(entries, count);
    }

    /** {@link #decode} as native-order bytes, for a JavaScript Int32Array over them. */
    public static ByteBuffer decodeToBuffer(String mappings) {
        int[] entries = decode(mappings);
        ByteBuffer bytes = ByteBuffer.allocate(entries.length * Integer.BYTES).order(ByteOrder.nativeOrder());
        IntBuffer ints = bytes.asIntBuffer();
        ints.put(entries);
        return bytes;
    }

    // Generators may emit a line's segments out of column order; the search needs them in order (stable, so
    // that the first of two segments at one position stays first).
    private static int[] sortByGeneratedPosition(int[] entries, int count) {
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int byLine = Integer.compare(entries[a * FIELDS], entries[b * FIELDS]);
            return byLine != 0 ? byLine : Integer.compare(entries[a * FIELDS + 1], entries[b * FIELDS + 1]);
        });
        int[] sorted = new int[entries.length];
        for (int i = 0; i < count; i++) {
            System.arraycopy(entries, order[i] * FIELDS, sorted, i * FIELDS, FIELDS);
        }
        return sorted;
    }
}
