package dev.jnode.net;

import dev.jnode.posix.Fds;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The socket calls a UDP handle makes on its descriptor itself, through FFM (Linux x86-64): options set with
 * the exact structures libuv passes, connect/disconnect, and empty datagrams (which Netty's channel skips).
 * Netty's own option calls report failures as exceptions without the errno; these return -errno, as libuv's
 * calls do, so Node's error codes follow. A descriptor of -1 (no socket yet) gives EBADF, as in libuv.
 */
final class SocketCalls {
    static final int SOL_SOCKET = 1;
    static final int SO_REUSEADDR = 2;
    static final int SO_BROADCAST = 6;
    static final int SO_SNDBUF = 7;
    static final int SO_RCVBUF = 8;
    static final int SO_REUSEPORT = 15;
    static final int IPPROTO_IP = 0;
    static final int IP_TTL = 2;
    static final int IP_MULTICAST_IF = 32;
    static final int IP_MULTICAST_TTL = 33;
    static final int IP_MULTICAST_LOOP = 34;
    static final int IP_ADD_MEMBERSHIP = 35;
    static final int IP_DROP_MEMBERSHIP = 36;
    static final int IP_ADD_SOURCE_MEMBERSHIP = 39;
    static final int IP_DROP_SOURCE_MEMBERSHIP = 40;
    static final int IPPROTO_IPV6 = 41;
    static final int IPV6_UNICAST_HOPS = 16;
    static final int IPV6_MULTICAST_IF = 17;
    static final int IPV6_MULTICAST_HOPS = 18;
    static final int IPV6_MULTICAST_LOOP = 19;
    static final int IPV6_ADD_MEMBERSHIP = 20;
    static final int IPV6_DROP_MEMBERSHIP = 21;
    static final int IPV6_V6ONLY = 26;
    static final int MCAST_JOIN_SOURCE_GROUP = 46;
    static final int MCAST_LEAVE_SOURCE_GROUP = 47;

    private static final int AF_INET = 2;
    private static final int AF_INET6 = 10;
    private static final int SOCKADDR_STORAGE_SIZE = 128;
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT;
    private static final ValueLayout ADDRESS = ValueLayout.ADDRESS;

    private static final MethodHandle SETSOCKOPT =
            Fds.withErrno("setsockopt", FunctionDescriptor.of(INT, INT, INT, INT, ADDRESS, INT));
    private static final MethodHandle GETSOCKOPT =
            Fds.withErrno("getsockopt", FunctionDescriptor.of(INT, INT, INT, INT, ADDRESS, ADDRESS));
    private static final MethodHandle CONNECT = Fds.withErrno("connect", FunctionDescriptor.of(INT, INT, ADDRESS, INT));
    private static final MethodHandle SENDTO = Fds.withErrno("sendto",
            FunctionDescriptor.of(ValueLayout.JAVA_LONG, INT, ADDRESS, ValueLayout.JAVA_LONG, INT, ADDRESS, INT));

    private SocketCalls() {
    }

    /** setsockopt with an int value: 0 or -errno. */
    static int setInt(int fd, int level, int name, int value) {
        return set(fd, level, name, ByteBuffer.allocate(4).order(ByteOrder.nativeOrder()).putInt(value).array());
    }

    /** setsockopt with a structure's bytes: 0 or -errno. */
    static int set(int fd, int level, int name, byte[] value) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = Fds.errnoState(arena);
            MemorySegment option = arena.allocateFrom(ValueLayout.JAVA_BYTE, value);
            int result = (int) SETSOCKOPT.invokeExact(errno, fd, level, name, option, value.length);
            return result < 0 ? -Fds.errno(errno) : 0;
        } catch (Throwable t) {
            throw Fds.unexpected(t);
        }
    }

    /** getsockopt of an int value: the value (never negative for the options asked) or -errno. */
    static int getInt(int fd, int level, int name) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = Fds.errnoState(arena);
            MemorySegment value = arena.allocate(INT);
            MemorySegment length = arena.allocateFrom(INT, 4);
            int result = (int) GETSOCKOPT.invokeExact(errno, fd, level, name, value, length);
            return result < 0 ? -Fds.errno(errno) : value.get(INT, 0);
        } catch (Throwable t) {
            throw Fds.unexpected(t);
        }
    }

    /** Sets the default peer: 0 or -errno. */
    static int connect(int fd, InetSocketAddress peer, boolean ipv6Socket) {
        return connect(fd, sockaddr(peer, ipv6Socket));
    }

    /** Forgets the default peer (connect to AF_UNSPEC); EAFNOSUPPORT is how Linux may answer and means done. */
    static int disconnect(int fd) {
        int result = connect(fd, new byte[16]);
        return result == -97 ? 0 : result;
    }

    private static int connect(int fd, byte[] sockaddr) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = Fds.errnoState(arena);
            MemorySegment address = arena.allocateFrom(ValueLayout.JAVA_BYTE, sockaddr);
            int result = (int) CONNECT.invokeExact(errno, fd, address, sockaddr.length);
            return result < 0 ? -Fds.errno(errno) : 0;
        } catch (Throwable t) {
            throw Fds.unexpected(t);
        }
    }

    /** Sends a datagram without payload: 0 or -errno. */
    static int sendEmpty(int fd, InetSocketAddress to, boolean ipv6Socket) {
        byte[] sockaddr = sockaddr(to, ipv6Socket);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = Fds.errnoState(arena);
            MemorySegment address = arena.allocateFrom(ValueLayout.JAVA_BYTE, sockaddr);
            long result = (long) SENDTO.invokeExact(errno, fd, MemorySegment.NULL, 0L, 0, address, sockaddr.length);
            return result < 0 ? -Fds.errno(errno) : 0;
        } catch (Throwable t) {
            throw Fds.unexpected(t);
        }
    }

    /** A sockaddr_in, or a sockaddr_in6 for an IPv6 socket (IPv4 addresses then in their mapped form). */
    static byte[] sockaddr(InetSocketAddress address, boolean ipv6Socket) {
        if (!ipv6Socket) {
            ByteBuffer in = ByteBuffer.allocate(16).order(ByteOrder.nativeOrder());
            in.putShort((short) AF_INET).order(ByteOrder.BIG_ENDIAN).putShort((short) address.getPort());
            in.put(address.getAddress().getAddress());
            return in.array();
        }
        ByteBuffer in6 = ByteBuffer.allocate(28).order(ByteOrder.nativeOrder());
        in6.putShort((short) AF_INET6).order(ByteOrder.BIG_ENDIAN).putShort((short) address.getPort()).putInt(0);
        in6.put(IpText.ipv6Bytes(address.getAddress())).order(ByteOrder.nativeOrder()).putInt(scopeOf(address));
        return in6.array();
    }

    /** struct group_source_req: an interface index, then the group and the source as sockaddr_storage. */
    static byte[] groupSourceRequest(int interfaceIndex, InetSocketAddress group, InetSocketAddress source) {
        ByteBuffer request = ByteBuffer.allocate(8 + 2 * SOCKADDR_STORAGE_SIZE).order(ByteOrder.nativeOrder());
        request.putInt(interfaceIndex);
        request.put(8, sockaddr(group, true));
        request.put(8 + SOCKADDR_STORAGE_SIZE, sockaddr(source, true));
        return request.array();
    }

    private static int scopeOf(InetSocketAddress address) {
        return address.getAddress() instanceof Inet6Address six ? six.getScopeId() : 0;
    }
}
