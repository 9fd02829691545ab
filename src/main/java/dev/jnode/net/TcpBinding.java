package dev.jnode.net;

import dev.jnode.engine.JsRuntime;
import dev.jnode.posix.Fds;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.EpollDomainSocketChannel;
import io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.socket.DuplexChannel;
import io.netty.channel.unix.DomainSocketAddress;
import io.netty.channel.unix.Errors;
import java.io.FileNotFoundException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * internalBinding('tcp'): TCP and Unix-domain connections and listeners on Netty's epoll transport, polled by
 * the JS thread itself ({@link JsIoEventLoop}, made with the first socket so that programs without sockets never
 * load Netty). Addresses arrive as IP literals: name lookup is node:dns's business, above this binding.
 */
public final class TcpBinding {
    private static final int EADDRINUSE = -98;
    private static final int EADDRNOTAVAIL = -99;
    private static final int ENOENT = -2;
    private static final int EINVAL = -22;
    private static final int EIO = -5;
    private static final int AF_UNIX = 1;

    private final JsRuntime runtime;

    public TcpBinding(JsRuntime runtime) {
        this.runtime = runtime;
    }

    private JsIoEventLoop io() {
        return JsIoEventLoop.of(runtime.loop());
    }

    /**
     * Starts connecting to {@code ip}:{@code port}, from {@code localIp}:{@code localPort} when a local IP is
     * given; the handle reports "connect" with 0 or the errno.
     */
    @HostAccess.Export
    public SocketHandle connect(String ip, int port, String localIp, int localPort) {
        JsIoEventLoop loop = io(); // first: it loads the native transport the channel needs
        InetSocketAddress local = localIp == null ? null : new InetSocketAddress(literal(localIp), localPort);
        return startConnect(loop, new EpollSocketChannel(), new InetSocketAddress(literal(ip), port), local);
    }

    /** Starts connecting to the Unix socket at {@code path}, as {@link #connect} does. */
    @HostAccess.Export
    public SocketHandle connectPath(String path) {
        JsIoEventLoop loop = io();
        return startConnect(loop, new EpollDomainSocketChannel(), new DomainSocketAddress(path), null);
    }

    private SocketHandle startConnect(JsIoEventLoop loop, DuplexChannel channel, SocketAddress remote,
            SocketAddress local) {
        SocketHandle handle = new SocketHandle(runtime, channel);
        loop.register(channel);
        handle.connect(remote, local);
        return handle;
    }

    /**
     * A socket another process passed (child_process handles, cluster): a {@link ServerHandle} for a listening
     * one (connections go where setOnConnection says), else a {@link SocketHandle} that reads only when asked,
     * as an accepted one; TCP or Unix-domain by its address family. The handle owns {@code fd}.
     */
    @HostAccess.Export
    public Object adopt(int fd) {
        JsIoEventLoop loop = io();
        boolean unix = Fds.socketFamily(fd) == AF_UNIX;
        if (Fds.isListening(fd)) {
            ServerChannel channel = unix ? new EpollServerDomainSocketChannel(fd) : new EpollServerSocketChannel(fd);
            loop.register(channel);
            return new ServerHandle(runtime, loop, channel, null);
        }
        DuplexChannel channel = unix ? new EpollDomainSocketChannel(fd) : new EpollSocketChannel(fd);
        SocketHandle handle = new SocketHandle(runtime, channel);
        loop.register(channel);
        return handle;
    }

    /** Binds a Unix socket at {@code path} and listens, as {@link #listen} does: the handle, or -errno. */
    @HostAccess.Export
    public Object listenPath(String path, int backlog, Value onConnection) {
        // Netty's bind unlinks whatever is at the path first; bind(2), as Node uses it, refuses an existing file.
        if (Files.exists(Path.of(path), LinkOption.NOFOLLOW_LINKS)) {
            return EADDRINUSE;
        }
        JsIoEventLoop loop = io();
        EpollServerDomainSocketChannel channel = new EpollServerDomainSocketChannel();
        channel.config().setOption(ChannelOption.SO_BACKLOG, backlog);
        return bindAndListen(loop, channel, new DomainSocketAddress(path), onConnection);
    }

    /** Binds and listens at once (so address() answers right after listen(), as in Node): the handle, or -errno. */
    @HostAccess.Export
    public Object listen(String ip, int port, int backlog, Value onConnection) {
        JsIoEventLoop loop = io();
        EpollServerSocketChannel channel = new EpollServerSocketChannel();
        channel.config().setOption(ChannelOption.SO_BACKLOG, backlog);
        channel.config().setOption(ChannelOption.SO_REUSEADDR, true);
        return bindAndListen(loop, channel, new InetSocketAddress(literal(ip), port), onConnection);
    }

    private Object bindAndListen(JsIoEventLoop loop, ServerChannel channel, SocketAddress address, Value onConnection) {
        loop.register(channel);
        ChannelFuture bound = channel.bind(address);
        if (!bound.isDone() || !bound.isSuccess()) {
            channel.close();
            return bound.isDone() ? errnoOf(bound.cause()) : EIO;
        }
        return new ServerHandle(runtime, loop, channel, onConnection);
    }

    private static InetAddress literal(String ip) {
        try {
            return InetAddress.ofLiteral(ip);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an IP address: " + ip, e);
        }
    }

    /** The negative errno behind a Netty failure (Node's codes are built from it in JavaScript). */
    static int errnoOf(Throwable cause) {
        if (cause instanceof Errors.NativeIoException nativeError) {
            return nativeError.expectedErr();
        }
        if (cause instanceof FileNotFoundException) {
            return ENOENT; // Netty's exception for a Unix socket path that does not exist
        }
        if (cause instanceof ConnectException connect) {
            return connectErrno(connect);
        }
        if (cause instanceof PortUnreachableException) {
            return -111; // Netty's name for ECONNREFUSED on a datagram socket
        }
        return cause instanceof UnknownHostException ? EADDRNOTAVAIL : EIO;
    }

    // Netty's connect exceptions keep their errno in a package-private field; their message is strerror's.
    private static int connectErrno(ConnectException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("Connection refused")) {
            return -111;
        }
        if (message.contains("Network is unreachable")) {
            return -101;
        }
        if (message.contains("No route to host")) {
            return -113;
        }
        if (message.contains("timed out")) {
            return -110;
        }
        if (message.contains("Permission denied")) {
            return -13;
        }
        return EINVAL;
    }

    /**
     * [address, family, port] as net's address() shows them, or null. Java turns IPv4-mapped IPv6 addresses
     * into IPv4 ones; {@code mapped} (a socket of a dual-stack listener) turns them back, as Node shows them.
     */
    static Object[] describe(SocketAddress address, boolean mapped) {
        if (!(address instanceof InetSocketAddress inet) || inet.getAddress() == null) {
            return null;
        }
        InetAddress ip = inet.getAddress();
        if (mapped && ip instanceof Inet4Address) {
            return new Object[] {"::ffff:" + ip.getHostAddress(), "IPv6", inet.getPort()};
        }
        String text = ip.getHostAddress();
        int zone = text.indexOf('%');
        if (ip instanceof Inet6Address) {
            text = compressIpv6(zone < 0 ? text : text.substring(0, zone));
        }
        return new Object[] {text, ip instanceof Inet6Address ? "IPv6" : "IPv4", inet.getPort()};
    }

    // Java writes IPv6 addresses in full (0:0:0:0:0:0:0:1); Node as RFC 5952 does (::1).
    static String compressIpv6(String full) {
        String[] groups = full.split(":");
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < groups.length; ) {
            if (!groups[i].equals("0")) {
                i++;
                continue;
            }
            int j = i;
            while (j < groups.length && groups[j].equals("0")) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        if (bestStart < 0) {
            return String.join(":", groups);
        }
        String head = String.join(":", java.util.Arrays.copyOfRange(groups, 0, bestStart));
        String tail = String.join(":", java.util.Arrays.copyOfRange(groups, bestStart + bestLength, groups.length));
        return head + "::" + tail;
    }
}
