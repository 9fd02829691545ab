package dev.jnode.module;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class SourceMapMappingsTest {
    @Test
    void decodesSegmentsOfOneFourAndFiveFieldsAcrossLines() {
        // Line 0: a column-only segment, then (source 0, 0:0), then (source 0, 0:2, name 0);
        // line 1: source +1, original line +1, column +1, no name.
        assertArrayEquals(new int[] {
            0, 0, -1, -1, -1, -1,
            0, 2, 0, 0, 0, -1,
            0, 4, 0, 0, 2, 0,
            1, 0, 1, 1, 3, -1,
            3, 0, 0, 5, 0, 1,
        }, SourceMapMappings.decode("A,EAAA,EAAEA;ACCC;;ADIHC"));
    }

    @Test
    void theLastSegmentGetsEveryFieldAsNodeReadsIt() {
        // Node's reader decodes missing fields of the string's last segment as zero deltas.
        assertArrayEquals(new int[] {0, 0, 1, 1, 1, -1, 0, 1, 1, 1, 1, 0}, SourceMapMappings.decode("ACCC,C"));
        assertArrayEquals(new int[] {0, 0, 0, 0, 0, 0}, SourceMapMappings.decode("A"));
        assertArrayEquals(new int[] {0, 0, 0, 0, 0, -1}, SourceMapMappings.decode("AAAA;"));
        // A trailing comma: one more segment, all zero deltas.
        assertArrayEquals(new int[] {0, 0, 0, 0, 0, -1, 0, 0, 0, 0, 0, 0}, SourceMapMappings.decode("AAAA,"));
    }

    @Test
    void decodesNegativeAndMultiDigitValues() {
        // gB is 32 (16 after the sign bit); D is -1.
        assertArrayEquals(new int[] {0, 16, 0, 0, 16, -1, 0, 17, 0, 0, 15, -1},
                SourceMapMappings.decode("gBAAgB,CAAD;"));
    }

    @Test
    void emptyLinesAdvanceTheGeneratedLine() {
        assertArrayEquals(new int[] {3, 0, 0, 0, 0, -1}, SourceMapMappings.decode(";;;AAAA;"));
        assertEquals(0, SourceMapMappings.decode("").length);
    }

    @Test
    void sortsALineWhoseSegmentsAreOutOfColumnOrder() {
        // Columns are relative: 4 then -2 gives 4, 2.
        assertArrayEquals(new int[] {0, 2, 0, 0, 1, -1, 0, 4, 0, 0, 0, -1}, SourceMapMappings.decode("IAAA,FAAC;"));
    }

    @Test
    void rejectsMalformedMappings() {
        assertThrows(IllegalArgumentException.class, () -> SourceMapMappings.decode("AA;"));
        assertThrows(IllegalArgumentException.class, () -> SourceMapMappings.decode("AAAAAA"));
        assertThrows(IllegalArgumentException.class, () -> SourceMapMappings.decode("A!AA"));
        assertThrows(IllegalArgumentException.class, () -> SourceMapMappings.decode("g"));
    }

    @Test
    void bufferHoldsTheEntriesInNativeOrder() {
        var ints = SourceMapMappings.decodeToBuffer("AAAA;").order(ByteOrder.nativeOrder()).asIntBuffer();
        int[] read = new int[ints.remaining()];
        ints.get(read);
        assertArrayEquals(new int[] {0, 0, 0, 0, 0, -1}, read);
    }
}
