package dev.jnode.net;

import dev.jnode.posix.Fds;
import java.lang.foreign.AddressLayout;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.net.InetAddress;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * libc's getaddrinfo and getnameinfo through FFM, called as libuv calls them for dns.lookup and
 * dns.lookupService (blocking: callers run them on the work pool). The JDK's InetAddress would reorder the
 * answers (IPv4 first) and cache them, which Node does not. Failures are libuv's negative EAI codes.
 */
final class SystemResolver {
    static final int AF_UNSPEC = 0;
    static final int AF_INET = 2;
    static final int AF_INET6 = 10;
    private static final int SOCK_STREAM = 1;
    private static final int NI_NAMEREQD = 8;
    private static final int NI_MAXHOST = 1025;
    private static final int NI_MAXSERV = 32;
    /** x86-64 glibc {@code struct addrinfo}: flags, family, socktype, protocol, addrlen, addr, canonname, next. */
    private static final long ADDRINFO_SIZE = 48;
    private static final long AI_FLAGS = 0;
    private static final long AI_FAMILY = 4;
    private static final long AI_SOCKTYPE = 8;
    private static final long AI_ADDR = 24;
    private static final long AI_NEXT = 40;
    private static final long SOCKADDR_IN6_SIZE = 28;
    private static final int EAI_SYSTEM = -11;

    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT;
    private static final AddressLayout ADDRESS = ValueLayout.ADDRESS;
    private static final MethodHandle GETADDRINFO = Fds.plain("getaddrinfo",
            FunctionDescriptor.of(INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    private static final MethodHandle FREEADDRINFO = Fds.plain("freeaddrinfo", FunctionDescriptor.ofVoid(ADDRESS));
    private static final MethodHandle GETNAMEINFO = Fds.withErrno("getnameinfo",
            FunctionDescriptor.of(INT, ADDRESS, INT, ADDRESS, INT, ADDRESS, INT, INT));

    /** Thrown with libuv's code for a getaddrinfo/getnameinfo failure (UV_EAI_NONAME is -3008). */
    static final class LookupException extends Exception {
        final int uvCode;

        LookupException(int uvCode) {
            super(null, null, false, false);
            this.uvCode = uvCode;
        }
    }

    private SystemResolver() {
    }

    /** The addresses of {@code host} in getaddrinfo's order, as a flat [text, family (4 or 6), ...] list. */
    static List<Object> getAddrInfo(String host, int family, int flags) throws LookupException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment hints = arena.allocate(ADDRINFO_SIZE);
            hints.set(INT, AI_FLAGS, flags);
            hints.set(INT, AI_FAMILY, family == 4 ? AF_INET : family == 6 ? AF_INET6 : AF_UNSPEC);
            hints.set(INT, AI_SOCKTYPE, SOCK_STREAM);
            MemorySegment result = arena.allocate(ADDRESS);
            int status = (int) GETADDRINFO.invokeExact(arena.allocateFrom(host), MemorySegment.NULL, hints, result);
            if (status != 0) {
                throw new LookupException(uvCode(status));
            }
            MemorySegment first = result.get(ADDRESS, 0);
            try {
                List<Object> found = new ArrayList<>();
                for (MemorySegment ai = first; !ai.equals(MemorySegment.NULL); ai = ai.get(ADDRESS, AI_NEXT)) {
                    ai = ai.reinterpret(ADDRINFO_SIZE);
                    MemorySegment sockaddr = ai.get(ADDRESS, AI_ADDR).reinterpret(SOCKADDR_IN6_SIZE);
                    boolean v6 = ai.get(INT, AI_FAMILY) == AF_INET6;
                    byte[] raw = sockaddr.asSlice(v6 ? 8 : 4, v6 ? 16 : 4).toArray(ValueLayout.JAVA_BYTE);
                    found.add(IpText.text(raw));
                    found.add(v6 ? 6 : 4);
                }
                return found;
            } finally {
                FREEADDRINFO.invokeExact(first);
            }
        } catch (LookupException e) {
            throw e;
        } catch (Throwable t) {
            throw Fds.unexpected(t);
        }
    }

    /** {@code [host, service]} for an IP literal and port, as getnameinfo names them (NI_NAMEREQD, as libuv). */
    static String[] getNameInfo(InetAddress address, int port) throws LookupException {
        try (Arena arena = Arena.ofConfined()) {
            boolean v6 = address.getAddress().length == 16;
            MemorySegment sockaddr = arena.allocate(SOCKADDR_IN6_SIZE);
            sockaddr.set(ValueLayout.JAVA_SHORT, 0, (short) (v6 ? AF_INET6 : AF_INET));
            sockaddr.set(ValueLayout.JAVA_SHORT.withOrder(ByteOrder.BIG_ENDIAN), 2, (short) port);
            MemorySegment.copy(address.getAddress(), 0, sockaddr, ValueLayout.JAVA_BYTE, v6 ? 8 : 4,
                    address.getAddress().length);
            if (address instanceof java.net.Inet6Address six) {
                sockaddr.set(INT, 24, six.getScopeId());
            }
            MemorySegment host = arena.allocate(NI_MAXHOST);
            MemorySegment service = arena.allocate(NI_MAXSERV);
            MemorySegment errno = Fds.errnoState(arena);
            int status = (int) GETNAMEINFO.invokeExact(errno, sockaddr, v6 ? (int) SOCKADDR_IN6_SIZE : 16,
                    host, NI_MAXHOST, service, NI_MAXSERV, NI_NAMEREQD);
            if (status == EAI_SYSTEM) {
                throw new LookupException(-Fds.errno(errno));
            }
            if (status != 0) {
                throw new LookupException(uvCode(status));
            }
            return new String[] {host.getString(0), service.getString(0)};
        } catch (LookupException e) {
            throw e;
        } catch (Throwable t) {
            throw Fds.unexpected(t);
        }
    }

    /** glibc's EAI_* values as libuv reports them (UV_EAI_*). */
    private static int uvCode(int eai) {
        return switch (eai) {
            case -9 -> -3000; // EAI_ADDRFAMILY
            case -3 -> -3001; // EAI_AGAIN
            case -1 -> -3002; // EAI_BADFLAGS
            case -101 -> -3003; // EAI_CANCELED
            case -4 -> -3004; // EAI_FAIL
            case -6 -> -3005; // EAI_FAMILY
            case -10 -> -3006; // EAI_MEMORY
            case -5 -> -3007; // EAI_NODATA
            case -2 -> -3008; // EAI_NONAME
            case -12 -> -3009; // EAI_OVERFLOW
            case -8 -> -3010; // EAI_SERVICE
            case -7 -> -3011; // EAI_SOCKTYPE
            default -> -3008;
        };
    }
}
