package dev.jnode.tls;

import dev.jnode.engine.JsRuntime;
import dev.jnode.net.ChannelHandle;
import dev.jnode.net.SocketHandle;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.ssl.SslCloseCompletionEvent;
import java.nio.ByteBuffer;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The handle under a tls.TLSSocket whose transport is a JavaScript stream (any Duplex, as Node's JSStreamSocket
 * wraps one): a Netty {@link EmbeddedChannel}, whose pipeline takes {@link TlsConnection}'s handlers as a TCP
 * channel's does. JavaScript hands it the ciphertext the stream read ({@link #receive}) and writes to the stream
 * what comes back as {@code "cipher"} events ({@code "cipher-end"}: end the stream). Toward the TLSSocket it is a
 * stream handle like SocketHandle: plaintext {@code "data"}, {@code "end"}, {@code "shutdown"}, all through the
 * loop's queue, so JavaScript is never re-entered from a call.
 */
public final class StreamChannelHandle implements ChannelHandle {
    private static final int QUEUED = 0;
    private static final int EPROTO = 71;

    /** Where events go: the JavaScript callback, through the loop's queue (a test listens directly). */
    interface Listener {
        void event(String kind, Object a, Object b);
    }

    private final Listener listener;
    private final EmbeddedChannel channel = newChannel();
    private Value onEvent;
    private boolean inputEnded;

    StreamChannelHandle(JsRuntime runtime) {
        this.listener = (kind, a, b) -> runtime.loop().post(() -> {
            if (onEvent != null) {
                runtime.invoke(onEvent, kind, a, b);
            }
        });
    }

    StreamChannelHandle(Listener listener) {
        this.listener = listener;
    }

    private EmbeddedChannel newChannel() {
        EmbeddedChannel embedded = new CiphertextChannel();
        embedded.pipeline().addLast(new Plaintext());
        return embedded;
    }

    @HostAccess.Export
    public void setOnEvent(Value onEvent) {
        this.onEvent = onEvent;
    }

    /**
     * Encrypts a copy of the region; its ciphertext follows as "cipher" events, then "written": the write is
     * queued, as a write through Node's JSStreamSocket is (so bufferSize counts it until then).
     */
    @HostAccess.Export
    public int write(Value arrayBuffer, int offset, int length, double requestId) {
        write(copyOf(arrayBuffer, offset, length));
        emit("written", requestId, 0);
        return QUEUED;
    }

    void write(byte[] plaintext) {
        channel.writeAndFlush(Unpooled.wrappedBuffer(plaintext));
    }

    /** Ciphertext the stream read: decrypted into "data" events (handshake replies go out as "cipher"). */
    @HostAccess.Export
    public void receive(Value arrayBuffer, int offset, int length) {
        receive(copyOf(arrayBuffer, offset, length));
    }

    void receive(byte[] ciphertext) {
        if (channel.isOpen()) {
            channel.pipeline().fireChannelRead(Unpooled.wrappedBuffer(ciphertext));
            channel.pipeline().fireChannelReadComplete();
            channel.runPendingTasks();
        }
    }

    /** The stream ended: so does the plaintext, unless close_notify ended it already. */
    @HostAccess.Export
    public void receiveEnd() {
        endInput();
    }

    /** The stream closed: reported after what it delivered before, which this handle's events still carry. */
    @HostAccess.Export
    public void receiveClose() {
        emit("stream-close", null, null);
    }

    /** After what is queued (close_notify, when TLS sent one), the stream's end; then "shutdown". */
    @Override
    @HostAccess.Export
    public void shutdown() {
        emit("cipher-end", null, null);
        emit("shutdown", 0, null);
    }

    /** Drops the connection (the stream is destroyed by JavaScript): nothing more is sent, not even close_notify. */
    @HostAccess.Export
    public void close() {
        inputEnded = true;
        channel.finishAndReleaseAll();
    }

    @Override
    public EmbeddedChannel channel() {
        return channel;
    }

    @Override
    public void emitEvent(String kind, Object a, Object b) {
        emit(kind, a, b);
    }

    private static byte[] copyOf(Value arrayBuffer, int offset, int length) {
        byte[] bytes = new byte[length];
        arrayBuffer.readBuffer(offset, bytes, 0, length);
        return bytes;
    }

    private void endInput() {
        if (!inputEnded) {
            inputEnded = true;
            emit("end", null, null);
        }
    }

    private void emit(String kind, Object a, Object b) {
        listener.event(kind, a, b);
    }

    /** What TLS writes to the channel leaves as "cipher" events, in order, as it is written. */
    private final class CiphertextChannel extends EmbeddedChannel {
        @Override
        protected void handleOutboundMessage(Object msg) {
            ByteBuffer chunk = SocketHandle.takeBytes((ByteBuf) msg);
            if (chunk.hasRemaining()) {
                emit("cipher", chunk, null);
            }
        }
    }

    /** The end of the pipeline: decrypted bytes, the peer's close_notify, failures TLS did not report. */
    private final class Plaintext extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            emit("data", SocketHandle.takeBytes((ByteBuf) msg), null);
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
            if (event instanceof SslCloseCompletionEvent) {
                endInput();
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            endInput();
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            emit("error", EPROTO, null);
        }
    }
}
