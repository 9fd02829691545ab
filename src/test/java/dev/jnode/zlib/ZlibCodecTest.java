package dev.jnode.zlib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ZlibCodecTest {
    private static final byte[] TEXT = "zlib codec test text, repeated. ".repeat(100).getBytes(StandardCharsets.UTF_8);

    private static byte[] run(int mode, byte[] input) throws ZlibException {
        return new ZlibCodec(mode, -1, 0, 15, null).process(input, ZlibCodec.Z_FINISH, Long.MAX_VALUE);
    }

    @Test
    void gzipOutputIsReadByTheJdksGzipReader() throws Exception {
        byte[] gz = run(ZlibCodec.GZIP, TEXT);
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            assertThat(in.readAllBytes()).isEqualTo(TEXT);
        }
    }

    @Test
    void gunzipReadsConcatenatedMembersFromTheJdksGzipWriter() throws Exception {
        var both = new ByteArrayOutputStream();
        for (int i = 0; i < 2; i++) {
            var member = new ByteArrayOutputStream();
            try (var out = new GZIPOutputStream(member)) {
                out.write(TEXT);
            }
            both.write(member.toByteArray());
        }
        byte[] twice = run(ZlibCodec.GUNZIP, both.toByteArray());
        assertThat(twice).hasSize(TEXT.length * 2);
        assertThat(Arrays.copyOfRange(twice, TEXT.length, twice.length)).isEqualTo(TEXT);
    }

    @Test
    void inputSplitAtEveryByteInflatesTheSame() throws Exception {
        byte[] gz = run(ZlibCodec.GZIP, TEXT);
        ZlibCodec unzip = new ZlibCodec(ZlibCodec.UNZIP, -1, 0, 15, null);
        var out = new ByteArrayOutputStream();
        for (byte b : gz) {
            out.write(unzip.process(new byte[] {b}, ZlibCodec.Z_NO_FLUSH, Long.MAX_VALUE));
        }
        out.write(unzip.process(new byte[0], ZlibCodec.Z_FINISH, Long.MAX_VALUE));
        assertThat(out.toByteArray()).isEqualTo(TEXT);
    }

    @Test
    void syncFlushMakesEverythingWrittenSoFarInflatable() throws Exception {
        ZlibCodec deflate = new ZlibCodec(ZlibCodec.DEFLATERAW, 6, 0, 15, null);
        byte[] part = deflate.process(TEXT, ZlibCodec.Z_SYNC_FLUSH, Long.MAX_VALUE);
        byte[] inflated = new ZlibCodec(ZlibCodec.INFLATERAW, -1, 0, 15, null)
                .process(part, ZlibCodec.Z_SYNC_FLUSH, Long.MAX_VALUE);
        assertThat(inflated).isEqualTo(TEXT);
    }

    @Test
    void truncatedInputIsZBufError() throws Exception {
        byte[] zlib = run(ZlibCodec.DEFLATE, TEXT);
        assertThatThrownBy(() -> run(ZlibCodec.INFLATE, Arrays.copyOf(zlib, zlib.length - 4)))
                .isInstanceOfSatisfying(ZlibException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("unexpected end of file");
                    assertThat(e.code()).isEqualTo("Z_BUF_ERROR");
                });
    }

    @Test
    void outputPastTheLimitFails() throws Exception {
        byte[] zlib = run(ZlibCodec.DEFLATE, TEXT);
        assertThatThrownBy(() -> new ZlibCodec(ZlibCodec.INFLATE, -1, 0, 15, null).process(zlib, ZlibCodec.Z_FINISH, 100))
                .isInstanceOfSatisfying(ZlibException.class, e -> assertThat(e.code()).isEqualTo("ERR_BUFFER_TOO_LARGE"));
    }

    @Test
    void aFinishedStreamProducesNothingMore() throws Exception {
        ZlibCodec gzip = new ZlibCodec(ZlibCodec.GZIP, -1, 0, 15, null);
        byte[] whole = gzip.process(TEXT, ZlibCodec.Z_FINISH, Long.MAX_VALUE);
        assertThat(gzip.process(new byte[0], ZlibCodec.Z_FINISH, Long.MAX_VALUE)).isEmpty();
        assertThat(run(ZlibCodec.GUNZIP, whole)).isEqualTo(TEXT);
    }

    @Test
    void zlibDataNeedingALargerWindowIsRefused() throws Exception {
        byte[] zlib = run(ZlibCodec.DEFLATE, TEXT);
        assertThatThrownBy(() -> new ZlibCodec(ZlibCodec.INFLATE, -1, 0, 9, null).process(zlib, ZlibCodec.Z_FINISH, Long.MAX_VALUE))
                .hasMessage("invalid window size");
    }

    @Test
    @Timeout(5)
    void paramsBetweenChunksKeepsTheStreamValid() throws Exception {
        ZlibCodec deflate = new ZlibCodec(ZlibCodec.DEFLATE, 9, 0, 15, null);
        var out = new ByteArrayOutputStream();
        out.write(deflate.process(TEXT, ZlibCodec.Z_NO_FLUSH, Long.MAX_VALUE));
        out.write(deflate.process(new byte[0], ZlibCodec.Z_SYNC_FLUSH, Long.MAX_VALUE));
        deflate.params(0, 0);
        out.write(deflate.process(TEXT, ZlibCodec.Z_FINISH, Long.MAX_VALUE));
        byte[] twice = run(ZlibCodec.INFLATE, out.toByteArray());
        assertThat(twice).hasSize(TEXT.length * 2);
        assertThat(out.size()).as("level 0 stores the second chunk").isGreaterThan(TEXT.length);
    }

    @Test
    void crcContinuesFromAPreviousValue() {
        byte[] hello = "hello ".getBytes(StandardCharsets.US_ASCII);
        byte[] world = "world".getBytes(StandardCharsets.US_ASCII);
        assertThat(Crc32.update(Crc32.update(0, hello), world))
                .isEqualTo(Crc32.update(0, "hello world".getBytes(StandardCharsets.US_ASCII)));
    }
}
