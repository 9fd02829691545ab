package dev.jnode.childprocess;

import dev.jnode.posix.Fds;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * The libc calls behind child processes (Linux x86-64, glibc 2.34+), through the FFM API. Calls that can fail
 * return the negative errno, as libuv's do, so callers branch without exceptions.
 */
final class Libc {
    static final int O_RDWR = 0x2;
    static final int O_NONBLOCK = 0x800;
    static final int O_CLOEXEC = 0x80000;
    static final int WNOHANG = 1;
    static final int EINTR = 4;
    static final int ESRCH = 3;
    static final short POSIX_SPAWN_SETSIGDEF = 0x04;
    static final short POSIX_SPAWN_SETSIGMASK = 0x08;
    static final short POSIX_SPAWN_SETSID = 0x80;
    private static final long SYS_PIDFD_OPEN = 434;

    /** Sizes with headroom: glibc's posix_spawn_file_actions_t is 80 bytes, posix_spawnattr_t 336, sigset_t 128. */
    static final long FILE_ACTIONS_SIZE = 128;
    static final long SPAWNATTR_SIZE = 512;
    static final long SIGSET_SIZE = 128;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBC = LINKER.defaultLookup();
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT;
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG;
    private static final ValueLayout.OfShort SHORT = ValueLayout.JAVA_SHORT;
    private static final ValueLayout ADDRESS = ValueLayout.ADDRESS;

    private static final MethodHandle OPEN = Fds.withErrno("open", FunctionDescriptor.of(INT, ADDRESS, INT, INT));
    private static final MethodHandle KILL = Fds.withErrno("kill", FunctionDescriptor.of(INT, INT, INT));
    private static final MethodHandle WAITPID = Fds.withErrno("waitpid", FunctionDescriptor.of(INT, INT, ADDRESS, INT));
    private static final MethodHandle SYSCALL = LINKER.downcallHandle(LIBC.find("syscall").orElseThrow(),
            FunctionDescriptor.of(LONG, LONG, INT, INT), Linker.Option.firstVariadicArg(1),
            Linker.Option.captureCallState("errno"));
    private static final int F_DUPFD_CLOEXEC = 1030;

    static final MethodHandle FA_INIT = Fds.plain("posix_spawn_file_actions_init", FunctionDescriptor.of(INT, ADDRESS));
    static final MethodHandle FA_DESTROY = Fds.plain("posix_spawn_file_actions_destroy",
            FunctionDescriptor.of(INT, ADDRESS));
    static final MethodHandle FA_ADDDUP2 = Fds.plain("posix_spawn_file_actions_adddup2",
            FunctionDescriptor.of(INT, ADDRESS, INT, INT));
    static final MethodHandle FA_ADDOPEN = Fds.plain("posix_spawn_file_actions_addopen",
            FunctionDescriptor.of(INT, ADDRESS, INT, ADDRESS, INT, INT));
    static final MethodHandle FA_ADDCHDIR = Fds.plain("posix_spawn_file_actions_addchdir_np",
            FunctionDescriptor.of(INT, ADDRESS, ADDRESS));
    static final MethodHandle FA_ADDCLOSEFROM = Fds.plain("posix_spawn_file_actions_addclosefrom_np",
            FunctionDescriptor.of(INT, ADDRESS, INT));
    static final MethodHandle ATTR_INIT = Fds.plain("posix_spawnattr_init", FunctionDescriptor.of(INT, ADDRESS));
    static final MethodHandle ATTR_DESTROY = Fds.plain("posix_spawnattr_destroy", FunctionDescriptor.of(INT, ADDRESS));
    static final MethodHandle ATTR_SETFLAGS = Fds.plain("posix_spawnattr_setflags",
            FunctionDescriptor.of(INT, ADDRESS, SHORT));
    static final MethodHandle ATTR_SETSIGMASK = Fds.plain("posix_spawnattr_setsigmask",
            FunctionDescriptor.of(INT, ADDRESS, ADDRESS));
    static final MethodHandle ATTR_SETSIGDEFAULT = Fds.plain("posix_spawnattr_setsigdefault",
            FunctionDescriptor.of(INT, ADDRESS, ADDRESS));
    static final MethodHandle SIGEMPTYSET = Fds.plain("sigemptyset", FunctionDescriptor.of(INT, ADDRESS));
    static final MethodHandle POSIX_SPAWN = Fds.plain("posix_spawn",
            FunctionDescriptor.of(INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS));

    private Libc() {
    }


    /** pipe2(2) with O_CLOEXEC; returns {read end, write end} or throws {@link SpawnException}. */
    static int[] pipe() {
        int[] ends = new int[2];
        return checked(Fds.pipe(ends), ends);
    }

    /** A Unix socket pair with close-on-exec; returns both ends or throws {@link SpawnException}. */
    static int[] socketPair() {
        int[] ends = new int[2];
        return checked(Fds.socketPair(ends), ends);
    }

    private static int[] checked(int rc, int[] ends) {
        if (rc < 0) {
            throw new SpawnException(-rc);
        }
        return ends;
    }

    /** open(2); returns the descriptor or the negative errno. */
    static int open(String path, int flags) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Fds.errnoState(arena);
            int fd = (int) OPEN.invokeExact(state, arena.allocateFrom(path), flags, 0);
            return fd < 0 ? -Fds.errno(state) : fd;
        } catch (Throwable t) {
            throw Fds.unexpected(t);
        }
    }

    /** kill(2); returns 0 or the negative errno. */
    static int kill(int pid, int signal) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Fds.errnoState(arena);
            return (int) KILL.invokeExact(state, pid, signal) == 0 ? 0 : -Fds.errno(state);
        } catch (Throwable t) {
            throw Fds.unexpected(t);
        }
    }

    /** waitpid(2) with WNOHANG; returns the raw wait status, or -1 while the child still runs. */
    static int reap(int pid) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Fds.errnoState(arena);
            MemorySegment status = arena.allocate(INT);
            int rc;
            do {
                rc = (int) WAITPID.invokeExact(state, pid, status, WNOHANG);
            } while (rc < 0 && Fds.errno(state) == EINTR);
            return rc == pid ? status.get(INT, 0) : -1;
        } catch (Throwable t) {
            throw Fds.unexpected(t);
        }
    }

    /** pidfd_open(2): a descriptor that polls readable once the child has exited. */
    static int pidfdOpen(int pid) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Fds.errnoState(arena);
            long fd = (long) SYSCALL.invokeExact(state, SYS_PIDFD_OPEN, pid, 0);
            if (fd < 0) {
                throw new SpawnException(Fds.errno(state));
            }
            return (int) fd;
        } catch (Throwable t) {
            throw Fds.unexpected(t);
        }
    }

    /** A close-on-exec duplicate of {@code fd} numbered {@code minimum} or above. */
    static int dupAbove(int fd, int minimum) {
        int copy = Fds.fcntl(fd, F_DUPFD_CLOEXEC, minimum);
        if (copy < 0) {
            throw new SpawnException(-copy);
        }
        return copy;
    }
}
