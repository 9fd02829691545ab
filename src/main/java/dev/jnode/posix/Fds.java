package dev.jnode.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.util.function.IntConsumer;

/**
 * Descriptor-level libc calls shared by the subsystems that pump pipes and terminals themselves (child
 * processes, stdio), through the FFM API (Linux x86-64, glibc). Calls that can fail return the negative errno,
 * as libuv's do, so callers branch without exceptions. {@code state} arguments are errno capture segments from
 * {@link #errnoState}, allocated once per pumping thread.
 */
public final class Fds {
    public static final int O_NONBLOCK = 0x800;
    public static final int O_CLOEXEC = 0x80000;
    public static final int POLLIN = 0x1;
    public static final int POLLOUT = 0x4;
    public static final int POLLERR = 0x8;
    public static final int POLLHUP = 0x10;
    public static final int EINTR = 4;
    public static final int EAGAIN = 11;
    public static final int EBADF = 9;
    /** Size of a {@code struct pollfd}: int fd, short events, short revents. */
    public static final int POLLFD_SIZE = 8;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBC = LINKER.defaultLookup();
    private static final VarHandle ERRNO = Linker.Option.captureStateLayout()
            .varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT;
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG;
    private static final ValueLayout ADDRESS = ValueLayout.ADDRESS;
    private static final int F_GETFL = 3;
    private static final int F_SETFL = 4;

    private static final MethodHandle CLOSE = LINKER.downcallHandle(LIBC.find("close").orElseThrow(),
            FunctionDescriptor.of(INT, INT));
    private static final MethodHandle PIPE2 = withErrno("pipe2", FunctionDescriptor.of(INT, ADDRESS, INT));
    private static final MethodHandle SOCKETPAIR = withErrno("socketpair",
            FunctionDescriptor.of(INT, INT, INT, INT, ADDRESS));
    private static final MethodHandle READ = withErrno("read", FunctionDescriptor.of(LONG, INT, ADDRESS, LONG));
    private static final MethodHandle WRITE = withErrno("write", FunctionDescriptor.of(LONG, INT, ADDRESS, LONG));
    private static final MethodHandle SENDMSG = withErrno("sendmsg", FunctionDescriptor.of(LONG, INT, ADDRESS, INT));
    private static final MethodHandle RECVMSG = withErrno("recvmsg", FunctionDescriptor.of(LONG, INT, ADDRESS, INT));
    private static final MethodHandle GETSOCKNAME = withErrno("getsockname",
            FunctionDescriptor.of(INT, INT, ADDRESS, ADDRESS));
    private static final MethodHandle GETSOCKOPT = withErrno("getsockopt",
            FunctionDescriptor.of(INT, INT, INT, INT, ADDRESS, ADDRESS));
    private static final MethodHandle POLL = withErrno("poll", FunctionDescriptor.of(INT, ADDRESS, LONG, INT));
    private static final MethodHandle EVENTFD = withErrno("eventfd", FunctionDescriptor.of(INT, INT, INT));
    private static final MethodHandle FSTAT = withErrno("fstat", FunctionDescriptor.of(INT, INT, ADDRESS));
    /** x86-64 {@code struct stat}: 144 bytes, st_mode at 24. */
    private static final long STAT_SIZE = 144;
    private static final long STAT_MODE_OFFSET = 24;
    private static final MethodHandle FCNTL = LINKER.downcallHandle(LIBC.find("fcntl").orElseThrow(),
            FunctionDescriptor.of(INT, INT, INT, INT), Linker.Option.firstVariadicArg(2),
            Linker.Option.captureCallState("errno"));

    private Fds() {
    }

    /** A downcall to libc's {@code name}, for calls that report errors in their result. */
    public static MethodHandle plain(String name, FunctionDescriptor descriptor) {
        return LINKER.downcallHandle(LIBC.find(name).orElseThrow(), descriptor);
    }

    /** A downcall to libc's {@code name} that captures errno (callers pass an {@link #errnoState} first). */
    public static MethodHandle withErrno(String name, FunctionDescriptor descriptor) {
        return LINKER.downcallHandle(LIBC.find(name).orElseThrow(), descriptor,
                Linker.Option.captureCallState("errno"));
    }

    public static MemorySegment errnoState(Arena arena) {
        return arena.allocate(Linker.Option.captureStateLayout());
    }

    public static int errno(MemorySegment state) {
        return (int) ERRNO.get(state, 0L);
    }

    public static RuntimeException unexpected(Throwable t) {
        return t instanceof RuntimeException r ? r : new IllegalStateException(t);
    }

    public static void close(int fd) {
        try {
            int ignored = (int) CLOSE.invokeExact(fd);
        } catch (Throwable t) {
            throw unexpected(t);
        }
    }

    /** pipe2(2) with O_CLOEXEC into {@code ends} ({read end, write end}); 0 or the negative errno. */
    public static int pipe(int[] ends) {
        return descriptorPair(ends, (state, fds) -> (int) PIPE2.invokeExact(state, fds, O_CLOEXEC));
    }

    /**
     * A connected pair of Unix stream sockets, close-on-exec (socketpair(2)): both ends read and write, as an IPC
     * channel to a child needs. Returns 0 or the negative errno.
     */
    public static int socketPair(int[] ends) {
        final int afUnix = 1;
        final int sockStream = 1;
        final int sockCloexec = 0x80000;
        return descriptorPair(ends,
                (state, fds) -> (int) SOCKETPAIR.invokeExact(state, afUnix, sockStream | sockCloexec, 0, fds));
    }

    /** A call that fills two descriptors into {@code fds}, returning -1 with errno in {@code state} on failure. */
    private interface PairCall {
        int call(MemorySegment state, MemorySegment fds) throws Throwable;
    }

    private static int descriptorPair(int[] ends, PairCall pairCall) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = errnoState(arena);
            MemorySegment fds = arena.allocate(INT, 2);
            if (pairCall.call(state, fds) < 0) {
                return -errno(state);
            }
            ends[0] = fds.getAtIndex(INT, 0);
            ends[1] = fds.getAtIndex(INT, 1);
            return 0;
        } catch (Throwable t) {
            throw unexpected(t);
        }
    }

    /** read(2) into {@code buf}; returns the count (0 at end) or the negative errno. */
    public static long read(MemorySegment state, int fd, MemorySegment buf) {
        try {
            long n = (long) READ.invokeExact(state, fd, buf, buf.byteSize());
            return n < 0 ? -errno(state) : n;
        } catch (Throwable t) {
            throw unexpected(t);
        }
    }

    /** write(2) of {@code length} bytes of {@code buf}; returns the count or the negative errno. */
    public static long write(MemorySegment state, int fd, MemorySegment buf, long length) {
        try {
            long n = (long) WRITE.invokeExact(state, fd, buf, length);
            return n < 0 ? -errno(state) : n;
        } catch (Throwable t) {
            throw unexpected(t);
        }
    }

    /** poll(2) over {@code count} {@code struct pollfd}s; returns the ready count or the negative errno. */
    public static int poll(MemorySegment state, MemorySegment pollfds, int count, int timeoutMs) {
        try {
            int n = (int) POLL.invokeExact(state, pollfds, (long) count, timeoutMs);
            return n < 0 ? -errno(state) : n;
        } catch (Throwable t) {
            throw unexpected(t);
        }
    }

    /** Fills entry {@code index} of a pollfd array. */
    public static void setPollFd(MemorySegment pollfds, int index, int fd, int events) {
        long at = (long) index * POLLFD_SIZE;
        pollfds.set(ValueLayout.JAVA_INT, at, fd);
        pollfds.set(ValueLayout.JAVA_SHORT, at + 4, (short) events);
        pollfds.set(ValueLayout.JAVA_SHORT, at + 6, (short) 0);
    }

    public static int revents(MemorySegment pollfds, int index) {
        return pollfds.get(ValueLayout.JAVA_SHORT, (long) index * POLLFD_SIZE + 6);
    }

    /** eventfd(2), non-blocking and close-on-exec: how other threads wake a pump blocked in poll; or -errno. */
    public static int eventfd() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = errnoState(arena);
            int fd = (int) EVENTFD.invokeExact(state, 0, O_NONBLOCK | O_CLOEXEC);
            return fd < 0 ? -errno(state) : fd;
        } catch (Throwable t) {
            throw unexpected(t);
        }
    }

    /** Adds one to an eventfd, waking whoever polls it; safe from any thread. */
    public static void signal(int eventFd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment one = arena.allocate(LONG);
            one.set(LONG, 0, 1L);
            write(errnoState(arena), eventFd, one, 8);
        }
    }

    /** Empties an eventfd after a wake-up; {@code scratch} needs 8 bytes. */
    public static void drain(MemorySegment state, int eventFd, MemorySegment scratch) {
        read(state, eventFd, scratch.asSlice(0, 8));
    }

    /** The {@code st_mode} of an open descriptor, or the negative errno (EBADF when it is not open). */
    public static int fileMode(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = errnoState(arena);
            MemorySegment stat = arena.allocate(STAT_SIZE, 8);
            return (int) FSTAT.invokeExact(state, fd, stat) < 0 ? -errno(state) : stat.get(INT, STAT_MODE_OFFSET);
        } catch (Throwable t) {
            throw unexpected(t);
        }
    }

    /** fcntl(2) with an int argument; its result or the negative errno. */
    public static int fcntl(int fd, int command, int argument) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = errnoState(arena);
            int result = (int) FCNTL.invokeExact(state, fd, command, argument);
            return result < 0 ? -errno(state) : result;
        } catch (Throwable t) {
            throw unexpected(t);
        }
    }

    /** Sets O_NONBLOCK on {@code fd}; 0 or the negative errno. */
    public static int setNonBlocking(int fd) {
        return setNonBlocking(fd, true);
    }

    /** Sets or clears O_NONBLOCK on {@code fd}; 0 or the negative errno. */
    public static int setNonBlocking(int fd, boolean on) {
        int flags = fcntl(fd, F_GETFL, 0);
        if (flags < 0 || ((flags & O_NONBLOCK) != 0) == on) {
            return Math.min(flags, 0);
        }
        return Math.min(fcntl(fd, F_SETFL, on ? flags | O_NONBLOCK : flags & ~O_NONBLOCK), 0);
    }

    // x86-64 struct msghdr (56 bytes): name, namelen, iov, iovlen, control, controllen, flags; then one iovec
    // (base, len) and the control area. A cmsghdr is len (8), level (4), type (4), then the descriptors.
    private static final long MSG_IOV = 16;
    private static final long MSG_IOVLEN = 24;
    private static final long MSG_CONTROL = 32;
    private static final long MSG_CONTROLLEN = 40;
    private static final long MSGHDR_SIZE = 56;
    private static final long IOVEC_SIZE = 16;
    private static final long CMSG_HEADER = 16;
    private static final int SOL_SOCKET = 1;
    private static final int SCM_RIGHTS = 1;
    private static final int MSG_NOSIGNAL = 0x4000;
    private static final int MSG_CMSG_CLOEXEC = 0x40000000;
    /** Descriptors one receive takes at most (Node passes one per message). */
    private static final int MAX_RECEIVED_FDS = 16;
    /** Room for a {@link #sendWithFd} or {@link #receiveWithFds} call's msghdr, iovec and control area. */
    public static final long MESSAGE_SCRATCH = MSGHDR_SIZE + IOVEC_SIZE + CMSG_HEADER + 4L * MAX_RECEIVED_FDS;

    /**
     * sendmsg(2) of {@code length} bytes of {@code buf} with descriptor {@code passFd} attached (SCM_RIGHTS): the
     * receiver gets its own copy of the descriptor with the first byte. {@code scratch} needs {@link
     * #MESSAGE_SCRATCH} bytes. Returns the count sent or the negative errno.
     */
    public static long sendWithFd(MemorySegment state, int fd, MemorySegment buf, long length, int passFd,
            MemorySegment scratch) {
        MemorySegment control = describeMessage(scratch, buf, length);
        control.set(LONG, 0, CMSG_HEADER + 4);
        control.set(INT, 8, SOL_SOCKET);
        control.set(INT, 12, SCM_RIGHTS);
        control.set(INT, 16, passFd);
        scratch.set(LONG, MSG_CONTROLLEN, CMSG_HEADER + 8); // CMSG_SPACE(4): the data padded to 8
        try {
            long n = (long) SENDMSG.invokeExact(state, fd, scratch, MSG_NOSIGNAL);
            return n < 0 ? -errno(state) : n;
        } catch (Throwable t) {
            throw unexpected(t);
        }
    }

    /**
     * recvmsg(2) into {@code buf}, taking the descriptors that came with the bytes (close-on-exec) into {@code
     * receivedFds}. {@code scratch} needs {@link #MESSAGE_SCRATCH} bytes. Returns the count (0 at end) or the
     * negative errno.
     */
    public static long receiveWithFds(MemorySegment state, int fd, MemorySegment buf, MemorySegment scratch,
            IntConsumer receivedFds) {
        MemorySegment control = describeMessage(scratch, buf, buf.byteSize());
        scratch.set(LONG, MSG_CONTROLLEN, control.byteSize());
        long n;
        try {
            n = (long) RECVMSG.invokeExact(state, fd, scratch, MSG_CMSG_CLOEXEC);
        } catch (Throwable t) {
            throw unexpected(t);
        }
        if (n < 0) {
            return -errno(state);
        }
        long controlLength = scratch.get(LONG, MSG_CONTROLLEN);
        for (long at = 0; at + CMSG_HEADER <= controlLength; ) {
            long cmsgLength = control.get(LONG, at);
            if (cmsgLength < CMSG_HEADER) {
                break;
            }
            if (control.get(INT, at + 8) == SOL_SOCKET && control.get(INT, at + 12) == SCM_RIGHTS) {
                for (long d = at + CMSG_HEADER; d + 4 <= at + cmsgLength; d += 4) {
                    receivedFds.accept(control.get(INT, d));
                }
            }
            at += (cmsgLength + 7) & ~7L;
        }
        return n;
    }

    /** Fills scratch's msghdr and iovec for {@code length} bytes of {@code buf}; returns its control area. */
    private static MemorySegment describeMessage(MemorySegment scratch, MemorySegment buf, long length) {
        scratch.asSlice(0, MSGHDR_SIZE).fill((byte) 0);
        MemorySegment iov = scratch.asSlice(MSGHDR_SIZE, IOVEC_SIZE);
        iov.set(ValueLayout.ADDRESS, 0, buf);
        iov.set(LONG, 8, length);
        MemorySegment control = scratch.asSlice(MSGHDR_SIZE + IOVEC_SIZE);
        control.fill((byte) 0);
        scratch.set(ValueLayout.ADDRESS, MSG_IOV, iov);
        scratch.set(LONG, MSG_IOVLEN, 1L);
        scratch.set(ValueLayout.ADDRESS, MSG_CONTROL, control);
        return control;
    }

    /** The address family (AF_UNIX 1, AF_INET 2, AF_INET6 10) of socket {@code fd}, or the negative errno. */
    public static int socketFamily(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = errnoState(arena);
            MemorySegment address = arena.allocate(128, 8);
            MemorySegment length = arena.allocate(INT);
            length.set(INT, 0, 128);
            int result = (int) GETSOCKNAME.invokeExact(state, fd, address, length);
            return result < 0 ? -errno(state) : Short.toUnsignedInt(address.get(ValueLayout.JAVA_SHORT, 0));
        } catch (Throwable t) {
            throw unexpected(t);
        }
    }

    /** Whether socket {@code fd} listens (SO_ACCEPTCONN). */
    public static boolean isListening(int fd) {
        final int soAcceptConn = 30;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = errnoState(arena);
            MemorySegment value = arena.allocate(INT);
            MemorySegment length = arena.allocate(INT);
            length.set(INT, 0, 4);
            int result = (int) GETSOCKOPT.invokeExact(state, fd, SOL_SOCKET, soAcceptConn, value, length);
            return result == 0 && value.get(INT, 0) != 0;
        } catch (Throwable t) {
            throw unexpected(t);
        }
    }
}
