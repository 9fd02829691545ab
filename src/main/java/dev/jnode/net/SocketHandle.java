package dev.jnode.net;

import dev.jnode.engine.JsRuntime;
import dev.jnode.loop.EventLoop;
import dev.jnode.loop.HandleRef;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelException;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.epoll.EpollChannelOption;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.channel.socket.DuplexChannel;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.unix.UnixChannel;
import io.netty.util.concurrent.Future;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * A TCP or Unix-domain connection as a stream handle (the interface net.Socket drives; see stdio.StreamHandle
 * for descriptors: pipes and terminals). Events reach {@code onEvent(kind, a, b)} on the JS thread, in the poll phase that saw the I/O:
 * {@code "connect"} (errno or 0), {@code "data"} (bytes), {@code "end"}, {@code "error"} (errno),
 * {@code "written"} (request id, errno or 0), {@code "shutdown"} (errno or 0); errnos are positive, as
 * stdio's. It keeps the loop alive while it connects, reads (and is ref'd), or has writes in flight, as a
 * libuv handle does.
 */
public final class SocketHandle implements ChannelHandle {
    static final int WRITTEN = 1;
    static final int QUEUED = 0;

    private final JsRuntime runtime;
    private final EventLoop loop;
    private final DuplexChannel channel;
    private Value onEvent;
    /** Active while reading. */
    private final HandleRef liveness;
    private boolean connecting;
    private int writesInFlight;
    /** Accepted by a listener on "::": IPv4 peers show as IPv4-mapped IPv6 addresses, as the kernel gives them. */
    boolean dualStack;

    SocketHandle(JsRuntime runtime, DuplexChannel channel) {
        this.runtime = runtime;
        this.loop = runtime.loop();
        this.channel = channel;
        this.liveness = new HandleRef(loop, false);
        channel.config().setAutoRead(false);
        channel.config().setOption(ChannelOption.ALLOW_HALF_CLOSURE, true);
        channel.pipeline().addLast(new Events());
    }

    /** Where the JavaScript socket wants this handle's events (set once the socket exists). */
    @HostAccess.Export
    public void setOnEvent(Value onEvent) {
        this.onEvent = onEvent;
    }

    /** The descriptor, for passing the connection to another process (child_process send()). */
    @HostAccess.Export
    public int fd() {
        return ((UnixChannel) channel).fd().intValue();
    }

    /** Connects to {@code address}, bound first to {@code local} when it is not null. */
    void connect(SocketAddress address, SocketAddress local) {
        connecting = true;
        loop.ref();
        ChannelFuture connected = local == null ? channel.connect(address) : channel.connect(address, local);
        if (connected.isDone() && connected.isSuccess()) {
            // A Unix socket connects within the call. libuv still reports it after the next I/O wait (once the
            // socket polls writable), so the listener's 'connection' comes first: report it after that wait too.
            channel.eventLoop().schedule(() -> connected(connected), 0, TimeUnit.NANOSECONDS);
        } else {
            connected.addListener(this::connected);
        }
    }

    private void connected(Future<?> f) {
        connecting = false;
        loop.unref();
        emit("connect", f.isSuccess() ? 0 : -TcpBinding.errnoOf(f.cause()), null);
    }

    /** Sends a copy of the region: {@link #WRITTEN} when done at once, {@link #QUEUED} ("written" follows), or -errno. */
    @HostAccess.Export
    public int write(Value arrayBuffer, int offset, int length, double requestId) {
        byte[] bytes = new byte[length];
        arrayBuffer.readBuffer(offset, bytes, 0, length);
        ChannelFuture sent = channel.writeAndFlush(Unpooled.wrappedBuffer(bytes));
        if (sent.isDone()) {
            return sent.isSuccess() ? WRITTEN : TcpBinding.errnoOf(sent.cause());
        }
        writesInFlight++;
        loop.ref();
        sent.addListener(f -> {
            writesInFlight--;
            loop.unref();
            emit("written", requestId, f.isSuccess() ? 0 : -TcpBinding.errnoOf(f.cause()));
        });
        return QUEUED;
    }

    /** Half-closes: no more writes from this side (a FIN after what is queued); "shutdown" reports it done. */
    @Override
    @HostAccess.Export
    public void shutdown() {
        channel.shutdownOutput().addListener(f -> emit("shutdown", f.isSuccess() ? 0 : -TcpBinding.errnoOf(f.cause()), null));
    }

    @HostAccess.Export
    public void readStart() {
        // After the peer's FIN everything was read (Netty drains the socket on EPOLLRDHUP) and "end" is sent:
        // asking epoll for more would fail on a descriptor it no longer watches for input.
        if (!liveness.isActive() && channel.isOpen() && !channel.isInputShutdown()) {
            liveness.setActive(true);
            channel.config().setAutoRead(true);
        }
    }

    @HostAccess.Export
    public void readStop() {
        if (liveness.isActive()) {
            liveness.setActive(false);
            channel.config().setAutoRead(false);
        }
    }

    @HostAccess.Export
    public void ref() {
        liveness.ref();
    }

    @HostAccess.Export
    public void unref() {
        liveness.unref();
    }

    /** TCP_NODELAY; nothing on a Unix socket, as for Node's pipes. */
    @HostAccess.Export
    public void setNoDelay(boolean noDelay) {
        if (channel instanceof SocketChannel) {
            channel.config().setOption(ChannelOption.TCP_NODELAY, noDelay);
        }
    }

    /**
     * SO_KEEPALIVE, and the idle time before the first probe when given (whole seconds, as libuv rounds);
     * nothing on a Unix socket.
     */
    @HostAccess.Export
    public void setKeepAlive(boolean enable, int initialDelaySeconds) {
        if (!(channel instanceof SocketChannel)) {
            return;
        }
        channel.config().setOption(ChannelOption.SO_KEEPALIVE, enable);
        if (enable && initialDelaySeconds > 0) {
            try {
                channel.config().setOption(EpollChannelOption.TCP_KEEPIDLE, initialDelaySeconds);
            } catch (ChannelException tooLong) {
                // The kernel refuses delays beyond 32767 s; Node ignores setKeepAlive's failures, so do we.
            }
        }
    }

    @HostAccess.Export
    public void close() {
        readStop();
        channel.close();
    }

    /** Closes with an RST instead of a FIN (SO_LINGER 0), as resetAndDestroy asks; a Unix socket just closes. */
    @HostAccess.Export
    public void reset() {
        if (channel instanceof SocketChannel) {
            channel.config().setOption(ChannelOption.SO_LINGER, 0);
        }
        close();
    }

    /** [address, family, port] of this end, or null when unbound. */
    @HostAccess.Export
    public Object[] localAddress() {
        return TcpBinding.describe(channel.localAddress(), dualStack);
    }

    /** [address, family, port] of the peer, or null when not connected. */
    @HostAccess.Export
    public Object[] remoteAddress() {
        return TcpBinding.describe(channel.remoteAddress(), dualStack);
    }

    @Override
    public DuplexChannel channel() {
        return channel;
    }

    @Override
    public void emitEvent(String kind, Object a, Object b) {
        emit(kind, a, b);
    }

    // Through the loop's queue, which the same poll phase drains right after the I/O: a Netty callback can
    // also fire inside a call from JavaScript (a connect refused at once), and JS is never re-entered.
    private void emit(String kind, Object a, Object b) {
        loop.post(() -> {
            if (onEvent != null) {
                runtime.invoke(onEvent, kind, a, b);
            }
        });
    }

    /** The buffer's readable bytes as a copy JavaScript can keep (a "data" event's); the buffer is released. */
    public static ByteBuffer takeBytes(ByteBuf buf) {
        try {
            byte[] chunk = new byte[buf.readableBytes()];
            buf.readBytes(chunk);
            return ByteBuffer.wrap(chunk);
        } finally {
            buf.release();
        }
    }

    /** Netty's side: runs on the JS thread inside the poll phase, so it calls JavaScript directly. */
    private final class Events extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            emit("data", takeBytes((ByteBuf) msg), null);
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
            if (event == ChannelInputShutdownEvent.INSTANCE) {
                liveness.setActive(false);
                emit("end", null, null);
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            liveness.setActive(false);
            emit("error", -TcpBinding.errnoOf(cause), null);
        }
    }
}
