package dev.jnode.net;

import dev.jnode.engine.JsRuntime;
import dev.jnode.loop.EventLoop;
import dev.jnode.loop.HandleRef;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ServerChannel;
import io.netty.channel.socket.DuplexChannel;
import io.netty.channel.unix.UnixChannel;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * A listening TCP or Unix-domain socket: each accepted connection reaches {@code onConnection(handle)} (a {@link SocketHandle}
 * not yet reading) in the poll phase. Keeps the loop alive while open and ref'd, as a Node server does.
 */
public final class ServerHandle {
    private final JsRuntime runtime;
    private final EventLoop loop;
    private final ServerChannel channel;
    private Value onConnection;
    /** Active while listening (until the close is done). */
    private final HandleRef liveness;
    private boolean closing;
    /** Listening on "::": IPv4 clients arrive as IPv4-mapped IPv6 addresses. */
    private final boolean dualStack;

    ServerHandle(JsRuntime runtime, JsIoEventLoop io, ServerChannel channel, Value onConnection) {
        this.runtime = runtime;
        this.loop = runtime.loop();
        this.channel = channel;
        this.onConnection = onConnection;
        this.dualStack = channel.localAddress() instanceof InetSocketAddress inet
                && inet.getAddress() instanceof Inet6Address;
        this.liveness = new HandleRef(loop, true);
        channel.pipeline().addLast(new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object accepted) {
                DuplexChannel connection = (DuplexChannel) accepted;
                SocketHandle handle = new SocketHandle(runtime, connection);
                handle.dualStack = dualStack;
                io.register(connection);
                loop.post(() -> runtime.invoke(ServerHandle.this.onConnection, handle));
            }
        });
    }

    /** Where connections go: a listener passed in from another process gets its server here. */
    @HostAccess.Export
    public void setOnConnection(Value onConnection) {
        this.onConnection = onConnection;
    }

    /** The descriptor, for passing the listener to another process (child_process send(), cluster). */
    @HostAccess.Export
    public int fd() {
        return ((UnixChannel) channel).fd().intValue();
    }

    /** [address, family, port], or null for a Unix socket (JavaScript knows its path). */
    @HostAccess.Export
    public Object[] localAddress() {
        return TcpBinding.describe(channel.localAddress(), false);
    }

    @HostAccess.Export
    public void ref() {
        liveness.ref();
    }

    @HostAccess.Export
    public void unref() {
        liveness.unref();
    }

    /**
     * Leaves connections to other processes that share this listener (cluster's SCHED_NONE primary): no more
     * accepting here, and the listener no longer keeps the loop alive.
     */
    @HostAccess.Export
    public void stopAccepting() {
        channel.config().setAutoRead(false);
        liveness.setActive(false);
    }

    /** Stops listening; connections already accepted stay open. {@code onClosed} runs once it is done. */
    @HostAccess.Export
    public void close(Value onClosed) {
        if (closing) {
            return;
        }
        closing = true;
        channel.close().addListener(f -> loop.post(() -> {
            liveness.setActive(false);
            runtime.invoke(onClosed);
        }));
    }
}
