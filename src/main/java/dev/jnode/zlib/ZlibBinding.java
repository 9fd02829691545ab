package dev.jnode.zlib;

import dev.jnode.engine.JsRuntime;
import dev.jnode.loop.WorkPool;
import java.nio.ByteBuffer;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * {@code internalBinding('zlib')}: creates {@link Handle}s over {@link ZlibCodec} for lib/zlib.js, and
 * {@code crc32}. Bytes arrive as (ArrayBuffer, offset, length) and leave as {@link ByteBuffer}s that
 * JavaScript wraps without copying.
 */
public final class ZlibBinding {
    private final JsRuntime runtime;

    public ZlibBinding(JsRuntime runtime) {
        this.runtime = runtime;
    }

    private static byte[] bytes(Value arrayBuffer, int offset, int length) {
        byte[] out = new byte[length];
        if (length > 0) {
            arrayBuffer.readBuffer(offset, out, 0, length);
        }
        return out;
    }

    /** A codec for mode {@code mode}; {@code dictionary} is null or an ArrayBuffer region. */
    @HostAccess.Export
    public Handle create(int mode, int level, int strategy, int windowBits, Value dictionary, int dictOffset,
            int dictLength) {
        byte[] dict = dictionary == null || dictionary.isNull() ? null : bytes(dictionary, dictOffset, dictLength);
        return new Handle(new ZlibCodec(mode, level, strategy, windowBits, dict));
    }

    /** {@code zlib.crc32(data, value)}: the CRC32 of the bytes, continuing from {@code value}. */
    @HostAccess.Export
    public double crc32(Value arrayBuffer, int offset, int length, double value) {
        return Crc32.update((long) value, bytes(arrayBuffer, offset, length));
    }

    /** One stream's codec as JavaScript holds it; a failure is left in {@link #errno()}/{@link #message()}. */
    public final class Handle {
        private final ZlibCodec codec;
        private int errno;
        private String message;

        Handle(ZlibCodec codec) {
            this.codec = codec;
        }

        @HostAccess.Export
        public int errno() {
            return errno;
        }

        @HostAccess.Export
        public String message() {
            return message;
        }

        /** Processes input now; null on failure (see {@link #errno()}). */
        @HostAccess.Export
        public ByteBuffer process(Value arrayBuffer, int offset, int length, int flush, double maxOutputLength) {
            try {
                return ByteBuffer.wrap(codec.process(bytes(arrayBuffer, offset, length), flush, (long) maxOutputLength));
            } catch (ZlibException e) {
                errno = e.errno();
                message = e.getMessage();
                return null;
            }
        }

        /** Processes input on the {@link WorkPool}; {@code callback(errno, message, output)} on the JS thread. */
        @HostAccess.Export
        public void processAsync(Value arrayBuffer, int offset, int length, int flush, double maxOutputLength,
                Value callback) {
            byte[] input = bytes(arrayBuffer, offset, length);
            WorkPool.shared().submit(runtime.loop(), () -> codec.process(input, flush, (long) maxOutputLength),
                    (output, failure) -> {
                        if (failure instanceof ZlibException e) {
                            runtime.invoke(callback, e.errno(), e.getMessage(), null);
                        } else if (failure != null) {
                            throw new IllegalStateException(failure);
                        } else {
                            runtime.invoke(callback, 0, null, ByteBuffer.wrap(output));
                        }
                    });
        }

        @HostAccess.Export
        public void params(int level, int strategy) {
            codec.params(level, strategy);
        }

        @HostAccess.Export
        public void reset() {
            codec.reset();
        }

        @HostAccess.Export
        public void close() {
            codec.close();
        }
    }
}
