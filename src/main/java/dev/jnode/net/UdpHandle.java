package dev.jnode.net;

import static dev.jnode.net.SocketCalls.IPPROTO_IP;
import static dev.jnode.net.SocketCalls.IPPROTO_IPV6;
import static dev.jnode.net.SocketCalls.SOL_SOCKET;

import dev.jnode.engine.JsRuntime;
import dev.jnode.loop.EventLoop;
import dev.jnode.loop.HandleRef;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.FixedRecvByteBufAllocator;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.socket.SocketProtocolFamily;
import io.netty.channel.unix.Socket;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ClosedChannelException;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * A UDP socket as node:dgram drives it, with libuv's semantics: the descriptor is made by the first bind (or
 * a membership change, which binds it to any address as libuv's deferred bind does), options on a socket that
 * does not exist yet fail with EBADF, and addresses must be literals of the socket's family. Datagrams move
 * through a Netty {@link EpollDatagramChannel} registered on the JS thread's {@link JsIoEventLoop}; events
 * reach {@code onEvent(kind, a, b)} in the poll phase: {@code "message"} (bytes, [address, family, port]),
 * {@code "error"} (errno of a failed receive), {@code "sent"} (request id, errno or 0). Methods return 0 or
 * -errno. It keeps the loop alive while it receives (and is ref'd) and while sends are queued.
 */
public final class UdpHandle {
    static final int SENT = 1;
    static final int QUEUED = 0;
    /** libuv reads into 64 KiB, which holds any datagram. */
    private static final int MAX_DATAGRAM = 64 * 1024;
    /** Datagrams read per readiness event (Netty's default for datagram channels; the fixed allocator's is 1). */
    private static final int READS_PER_EVENT = 16;
    private static final int EINVAL = -22;
    private static final int EBADF = -9;
    private static final int ECANCELED = -125;

    private final JsRuntime runtime;
    private final EventLoop loop;
    private final boolean ipv6;
    private final Value onEvent;
    /** Active while receiving. */
    private final HandleRef liveness;
    private EpollDatagramChannel channel;
    private InetSocketAddress peer;
    private boolean closed;
    private int queuedSends;
    private long queuedBytes;

    UdpHandle(JsRuntime runtime, boolean ipv6, Value onEvent) {
        this.runtime = runtime;
        this.loop = runtime.loop();
        this.ipv6 = ipv6;
        this.onEvent = onEvent;
        this.liveness = new HandleRef(loop, false);
    }

    private EpollDatagramChannel socket() {
        if (channel == null) {
            JsIoEventLoop io = JsIoEventLoop.of(loop);
            channel = new EpollDatagramChannel(ipv6 ? SocketProtocolFamily.INET6 : SocketProtocolFamily.INET);
            channel.config().setAutoRead(false);
            channel.config().setRecvByteBufAllocator(
                    new FixedRecvByteBufAllocator(MAX_DATAGRAM).maxMessagesPerRead(READS_PER_EVENT));
            channel.pipeline().addLast(new Receiver());
            io.register(channel);
        }
        return channel;
    }

    private int fd() {
        return channel == null ? -1 : channel.fd().intValue();
    }

    /** Binds (making the socket if needed) and starts receiving. */
    @HostAccess.Export
    public int bind(String ip, int port, boolean reuseAddr, boolean reusePort, boolean ipv6Only) {
        InetAddress address = IpText.parse(ip, ipv6);
        if (address == null || (ipv6Only && !ipv6)) {
            return EINVAL;
        }
        int error = bindSocket(new InetSocketAddress(address, port), reuseAddr, reusePort, ipv6Only);
        if (error == 0) {
            liveness.setActive(true);
            channel.config().setAutoRead(true);
        }
        return error;
    }

    private int bindSocket(InetSocketAddress address, boolean reuseAddr, boolean reusePort, boolean ipv6Only) {
        int fd = socket().fd().intValue();
        int error = reuseAddr ? SocketCalls.setInt(fd, SOL_SOCKET, SocketCalls.SO_REUSEADDR, 1) : 0;
        if (error == 0 && reusePort) {
            error = SocketCalls.setInt(fd, SOL_SOCKET, SocketCalls.SO_REUSEPORT, 1);
        }
        if (error == 0 && ipv6Only) {
            error = SocketCalls.setInt(fd, IPPROTO_IPV6, SocketCalls.IPV6_V6ONLY, 1);
        }
        if (error != 0) {
            return error;
        }
        ChannelFuture bound = channel.bind(address); // on the loop's own thread: done when it returns
        if (bound.isSuccess()) {
            return 0;
        }
        int errno = TcpBinding.errnoOf(bound.cause());
        return errno == -97 ? EINVAL : errno; // EAFNOSUPPORT, as libuv reports it
    }

    /** libuv binds a socket that has no descriptor yet before a membership change: any address, any port. */
    private int bindIfUnbound() {
        if (channel != null) {
            return 0;
        }
        InetAddress any = ipv6 ? IpText.parseIpv6("::") : IpText.parseIpv4("0.0.0.0");
        return bindSocket(new InetSocketAddress(any, 0), true, false, false);
    }

    /**
     * Sends {@code length} bytes of the buffer to ip:port, or to the connected peer when ip is null:
     * {@link #SENT} when done at once, {@link #QUEUED} ("sent" follows), or -errno.
     */
    @HostAccess.Export
    public int send(Value arrayBuffer, int offset, int length, String ip, int port, double requestId) {
        InetSocketAddress to = peer;
        if (ip != null) {
            InetAddress address = IpText.parse(ip, ipv6);
            if (address == null) {
                return EINVAL;
            }
            to = new InetSocketAddress(address, port);
        }
        if (length == 0) {
            int error = SocketCalls.sendEmpty(fd(), to, ipv6);
            return error == 0 ? SENT : error;
        }
        byte[] bytes = new byte[length];
        arrayBuffer.readBuffer(offset, bytes, 0, length);
        ChannelFuture sent = socket().writeAndFlush(new DatagramPacket(Unpooled.wrappedBuffer(bytes), to));
        if (sent.isDone()) {
            return sent.isSuccess() ? SENT : sendErrno(sent.cause());
        }
        queuedSends++;
        queuedBytes += length;
        loop.ref();
        sent.addListener(f -> {
            queuedSends--;
            queuedBytes -= length;
            loop.unref();
            emit("sent", requestId, f.isSuccess() ? 0 : -sendErrno(f.cause()));
        });
        return QUEUED;
    }

    private static int sendErrno(Throwable cause) {
        return cause instanceof ClosedChannelException ? ECANCELED : TcpBinding.errnoOf(cause);
    }

    @HostAccess.Export
    public int connect(String ip, int port) {
        InetAddress address = IpText.parse(ip, ipv6);
        if (address == null) {
            return EINVAL;
        }
        InetSocketAddress to = new InetSocketAddress(address, port);
        int error = SocketCalls.connect(fd(), to, ipv6);
        if (error == 0) {
            peer = to;
        }
        return error;
    }

    @HostAccess.Export
    public int disconnect() {
        int error = SocketCalls.disconnect(fd());
        if (error == 0) {
            peer = null;
        }
        return error;
    }

    /** [address, family, port] of this end, or null when there is no socket yet (EBADF in Node). */
    @HostAccess.Export
    public Object[] localAddress() {
        // Asked of the descriptor (getsockname), not Netty's cached address: it also answers for a socket
        // whose bind failed, as Node does.
        InetSocketAddress local = channel == null ? null : ((Socket) channel.fd()).localAddress();
        return local == null ? null : IpText.describe(local, ipv6);
    }

    @HostAccess.Export
    public Object[] remoteAddress() {
        return peer == null ? null : IpText.describe(peer, ipv6);
    }

    @HostAccess.Export
    public int setBroadcast(boolean on) {
        return SocketCalls.setInt(fd(), SOL_SOCKET, SocketCalls.SO_BROADCAST, on ? 1 : 0);
    }

    /** libuv takes 1-255, as IP_TTL (IPV6_UNICAST_HOPS on an IPv6 socket) does. */
    @HostAccess.Export
    public int setTTL(int ttl) {
        if (ttl < 1 || ttl > 255) {
            return EINVAL;
        }
        return setIpOption(SocketCalls.IP_TTL, SocketCalls.IPV6_UNICAST_HOPS, ttl);
    }

    @HostAccess.Export
    public int setMulticastTTL(int ttl) {
        return setByteOption(SocketCalls.IP_MULTICAST_TTL, SocketCalls.IPV6_MULTICAST_HOPS, ttl);
    }

    @HostAccess.Export
    public int setMulticastLoopback(int on) {
        return setByteOption(SocketCalls.IP_MULTICAST_LOOP, SocketCalls.IPV6_MULTICAST_LOOP, on);
    }

    private int setByteOption(int ipv4Name, int ipv6Name, int value) {
        return value < 0 || value > 255 ? EINVAL : setIpOption(ipv4Name, ipv6Name, value);
    }

    private int setIpOption(int ipv4Name, int ipv6Name, int value) {
        return ipv6 ? SocketCalls.setInt(fd(), IPPROTO_IPV6, ipv6Name, value)
                : SocketCalls.setInt(fd(), IPPROTO_IP, ipv4Name, value);
    }

    /** The interface for outgoing multicast, named by an address of the interface (IPv6: by its zone). */
    @HostAccess.Export
    public int setMulticastInterface(String interfaceAddress) {
        Inet4Address four = IpText.parseIpv4(interfaceAddress);
        if (four != null) {
            return SocketCalls.set(fd(), IPPROTO_IP, SocketCalls.IP_MULTICAST_IF, four.getAddress());
        }
        Inet6Address six = IpText.parseIpv6(interfaceAddress);
        if (six != null) {
            return SocketCalls.setInt(fd(), IPPROTO_IPV6, SocketCalls.IPV6_MULTICAST_IF, six.getScopeId());
        }
        return EINVAL;
    }

    /** Joins ({@code join}) or leaves a multicast group, on the interface with the given address (or null: any). */
    @HostAccess.Export
    public int setMembership(String groupAddress, String interfaceAddress, boolean join) {
        InetAddress group = multicastGroup(groupAddress);
        int error = group == null ? EINVAL : bindIfUnbound();
        if (error != 0) {
            return error;
        }
        if (group instanceof Inet4Address group4) {
            byte[] request = new byte[8]; // struct ip_mreq: group, interface (0: any)
            System.arraycopy(group4.getAddress(), 0, request, 0, 4);
            if (interfaceAddress != null) {
                Inet4Address nif = IpText.parseIpv4(interfaceAddress);
                if (nif == null) {
                    return EINVAL;
                }
                System.arraycopy(nif.getAddress(), 0, request, 4, 4);
            }
            return SocketCalls.set(fd(), IPPROTO_IP,
                    join ? SocketCalls.IP_ADD_MEMBERSHIP : SocketCalls.IP_DROP_MEMBERSHIP, request);
        }
        int interfaceIndex = 0;
        if (interfaceAddress != null) {
            Inet6Address nif = IpText.parseIpv6(interfaceAddress);
            if (nif == null) {
                return EINVAL;
            }
            interfaceIndex = nif.getScopeId();
        }
        ByteBuffer request = ByteBuffer.allocate(20).order(ByteOrder.nativeOrder()); // struct ipv6_mreq
        request.put(group.getAddress()).putInt(interfaceIndex);
        return SocketCalls.set(fd(), IPPROTO_IPV6,
                join ? SocketCalls.IPV6_ADD_MEMBERSHIP : SocketCalls.IPV6_DROP_MEMBERSHIP, request.array());
    }

    /** A group address in IPv4 or IPv6 text, or null. */
    private static InetAddress multicastGroup(String text) {
        Inet4Address group4 = IpText.parseIpv4(text);
        return group4 != null ? group4 : IpText.parseIpv6(text);
    }

    /** Source-specific multicast: datagrams for the group from that source only. */
    @HostAccess.Export
    public int setSourceMembership(String sourceAddress, String groupAddress, String interfaceAddress, boolean join) {
        InetAddress group = multicastGroup(groupAddress);
        int error = group == null ? EINVAL : bindIfUnbound();
        if (error != 0) {
            return error;
        }
        if (group instanceof Inet4Address group4) {
            Inet4Address source = IpText.parseIpv4(sourceAddress);
            Inet4Address nif = interfaceAddress == null ? null : IpText.parseIpv4(interfaceAddress);
            if (source == null || (interfaceAddress != null && nif == null)) {
                return EINVAL;
            }
            byte[] request = new byte[12]; // struct ip_mreq_source: group, interface, source
            System.arraycopy(group4.getAddress(), 0, request, 0, 4);
            if (nif != null) {
                System.arraycopy(nif.getAddress(), 0, request, 4, 4);
            }
            System.arraycopy(source.getAddress(), 0, request, 8, 4);
            return SocketCalls.set(fd(), IPPROTO_IP,
                    join ? SocketCalls.IP_ADD_SOURCE_MEMBERSHIP : SocketCalls.IP_DROP_SOURCE_MEMBERSHIP, request);
        }
        Inet6Address source = IpText.parseIpv6(sourceAddress);
        Inet6Address nif = interfaceAddress == null ? null : IpText.parseIpv6(interfaceAddress);
        if (source == null || (interfaceAddress != null && nif == null)) {
            return EINVAL;
        }
        byte[] request = SocketCalls.groupSourceRequest(nif == null ? 0 : nif.getScopeId(),
                new InetSocketAddress(group, 0), new InetSocketAddress(source, 0));
        return SocketCalls.set(fd(), IPPROTO_IPV6,
                join ? SocketCalls.MCAST_JOIN_SOURCE_GROUP : SocketCalls.MCAST_LEAVE_SOURCE_GROUP, request);
    }

    /** SO_RCVBUF or SO_SNDBUF: the kernel's value for size 0, else sets it and answers size; or -errno. */
    @HostAccess.Export
    public double bufferSize(double size, boolean receive) {
        int name = receive ? SocketCalls.SO_RCVBUF : SocketCalls.SO_SNDBUF;
        if (size == 0) {
            return SocketCalls.getInt(fd(), SOL_SOCKET, name);
        }
        int error = SocketCalls.setInt(fd(), SOL_SOCKET, name, (int) (long) size);
        return error == 0 ? size : error;
    }

    @HostAccess.Export
    public double sendQueueSize() {
        return queuedBytes;
    }

    @HostAccess.Export
    public int sendQueueCount() {
        return queuedSends;
    }

    @HostAccess.Export
    public void ref() {
        liveness.ref();
    }

    @HostAccess.Export
    public void unref() {
        liveness.unref();
    }

    /** Stops receiving and closes; datagrams already read but not yet delivered are dropped, as libuv does. */
    @HostAccess.Export
    public void close() {
        closed = true;
        liveness.setActive(false);
        if (channel != null) {
            channel.close();
        }
    }

    // Through the loop's queue, drained in the same poll phase: JavaScript is never re-entered from a Netty
    // callback that fires inside a call from JavaScript.
    private void emit(String kind, Object a, Object b) {
        loop.post(() -> {
            if (!closed || kind.equals("sent")) {
                runtime.invoke(onEvent, kind, a, b);
            }
        });
    }

    /** Netty's side: runs on the JS thread inside the poll phase. */
    private final class Receiver extends SimpleChannelInboundHandler<DatagramPacket> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
            ByteBuf content = packet.content();
            byte[] bytes = new byte[content.readableBytes()];
            content.readBytes(bytes);
            emit("message", ByteBuffer.wrap(bytes), IpText.describe(packet.sender(), ipv6));
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            emit("error", -TcpBinding.errnoOf(cause), null);
        }
    }
}
