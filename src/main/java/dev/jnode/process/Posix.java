package dev.jnode.process;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/** The few POSIX calls the JDK lacks, through the FFM API; each handle is looked up on first use. */
public final class Posix {
    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBC = LINKER.defaultLookup();
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT;

    private Posix() {
    }

    /** A libc function whose errno is captured in a state segment passed as the first argument. */
    static MethodHandle handle(String name, FunctionDescriptor descriptor) {
        return LINKER.downcallHandle(LIBC.find(name).orElseThrow(), descriptor,
                Linker.Option.captureCallState("errno"));
    }

    /** A libc function that reports errors in its return value. */
    static MethodHandle plainHandle(String name, FunctionDescriptor descriptor) {
        return LINKER.downcallHandle(LIBC.find(name).orElseThrow(), descriptor);
    }

    /** Room for the errno a {@link #handle} call captures. */
    static MemorySegment callState(Arena arena) {
        return arena.allocate(Linker.Option.captureStateLayout());
    }

    static int errno(MemorySegment callState) {
        return (int) Errno.ERRNO.get(callState, 0L);
    }

    private static final class Handles {
        static final MethodHandle UMASK = LINKER.downcallHandle(LIBC.find("umask").orElseThrow(),
                FunctionDescriptor.of(INT, INT));
        static final MethodHandle ISATTY = LINKER.downcallHandle(LIBC.find("isatty").orElseThrow(),
                FunctionDescriptor.of(INT, INT));
        static final MethodHandle GETUID = noArgInt("getuid");
        static final MethodHandle GETEUID = noArgInt("geteuid");
        static final MethodHandle GETGID = noArgInt("getgid");
        static final MethodHandle GETEGID = noArgInt("getegid");
        static final MethodHandle KILL = handle("kill", FunctionDescriptor.of(INT, INT, INT));
        static final MethodHandle RAISE = plainHandle("raise", FunctionDescriptor.of(INT, INT));
        static final MethodHandle CHDIR = handle("chdir", FunctionDescriptor.of(INT, ValueLayout.ADDRESS));
        static final MethodHandle STRERROR = LINKER.downcallHandle(LIBC.find("strerror").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.ADDRESS, INT));
        static final MethodHandle EXECVE = handle("execve",
                FunctionDescriptor.of(INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.ADDRESS));
        static final MethodHandle FCNTL = handle("fcntl", FunctionDescriptor.of(INT, INT, INT, INT));
        static final MethodHandle GETPRIORITY = handle("getpriority", FunctionDescriptor.of(INT, INT, INT));
        static final MethodHandle SETPRIORITY = handle("setpriority", FunctionDescriptor.of(INT, INT, INT, INT));
        static final MethodHandle ERRNO_LOCATION = plainHandle("__errno_location",
                FunctionDescriptor.of(ValueLayout.ADDRESS));
        static final MethodHandle GETRUSAGE = LINKER.downcallHandle(LIBC.find("getrusage").orElseThrow(),
                FunctionDescriptor.of(INT, INT, ValueLayout.ADDRESS));

        private static MethodHandle noArgInt(String name) {
            return LINKER.downcallHandle(LIBC.find(name).orElseThrow(), FunctionDescriptor.of(INT));
        }
    }

    /** Apart from {@link Handles}: every start-up resets signals, and making the other handles costs time. */
    private static final class SignalHandles {
        static final MethodHandle SIGACTION = plainHandle("sigaction",
                FunctionDescriptor.of(INT, INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS));
    }

    private static final class Errno {
        static final java.lang.invoke.VarHandle ERRNO = Linker.Option.captureStateLayout()
                .varHandle(java.lang.foreign.MemoryLayout.PathElement.groupElement("errno"));
    }

    /** Sets the process umask and returns the previous one. */
    public static int umask(int mask) {
        try {
            return (int) Handles.UMASK.invokeExact(mask);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    public static boolean isatty(int fd) {
        try {
            return (int) Handles.ISATTY.invokeExact(fd) == 1;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    public static int getuid() {
        return callInt(Handles.GETUID);
    }

    public static int geteuid() {
        return callInt(Handles.GETEUID);
    }

    public static int getgid() {
        return callInt(Handles.GETGID);
    }

    public static int getegid() {
        return callInt(Handles.GETEGID);
    }

    private static int callInt(MethodHandle h) {
        try {
            return (int) h.invokeExact();
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** kill(2); returns 0 or the errno. */
    public static int kill(int pid, int signal) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = callState(arena);
            int rc = (int) Handles.KILL.invokeExact(state, pid, signal);
            return rc == 0 ? 0 : errno(state);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /**
     * raise(3): unlike kill(2) on our own pid, which may hand the signal to any other thread and return first,
     * this delivers it to the calling thread before returning. Returns 0 or non-zero if it could not.
     */
    public static int raise(int signal) {
        try {
            return (int) Handles.RAISE.invokeExact(signal);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Linux's struct sigaction: all zero means SIG_DFL, no flags, empty mask. */
    private static final int SIGACTION_SIZE = 152;

    /** Gives each signal of {@code signals} (bit n-1 for signal n) its default disposition. */
    public static void resetSignals(long signals) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment byDefault = arena.allocate(SIGACTION_SIZE);
            for (int signal = 1; signal <= 64; signal++) {
                if ((signals & (1L << (signal - 1))) != 0) {
                    sigaction(signal, byDefault, MemorySegment.NULL);
                }
            }
        }
    }

    private static int sigaction(int signal, MemorySegment action, MemorySegment previous) {
        try {
            return (int) SignalHandles.SIGACTION.invokeExact(signal, action, previous);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** chdir(2); returns 0 or the errno. */
    public static int chdir(String path) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = callState(arena);
            int rc = (int) Handles.CHDIR.invokeExact(state, arena.allocateFrom(path));
            return rc == 0 ? 0 : errno(state);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /**
     * getrusage(RUSAGE_SELF) as the 16 longs of {@code struct rusage} on Linux x86-64, with the two
     * timevals first converted to microseconds: [utime, stime, maxrss, ixrss, ...].
     */
    public static long[] rusage() {
        return rusage(RUSAGE_SELF);
    }

    /** The same for the calling thread only (RUSAGE_THREAD). */
    public static long[] threadRusage() {
        return rusage(RUSAGE_THREAD);
    }

    private static final int RUSAGE_SELF = 0;
    private static final int RUSAGE_THREAD = 1;

    private static long[] rusage(int who) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment r = arena.allocate(18 * 8);
            int rc;
            try {
                rc = (int) Handles.GETRUSAGE.invokeExact(who, r);
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
            if (rc != 0) {
                throw new IllegalStateException("getrusage failed");
            }
            long[] raw = r.toArray(ValueLayout.JAVA_LONG);
            long[] out = new long[16];
            out[0] = raw[0] * 1_000_000L + raw[1];
            out[1] = raw[2] * 1_000_000L + raw[3];
            System.arraycopy(raw, 4, out, 2, 14);
            return out;
        }
    }

    private static final int PRIO_PROCESS = 0;

    /**
     * getpriority(PRIO_PROCESS, pid) as {0, nice value} or {errno, 0}. Pid 0 is the calling thread on Linux, so
     * our own pid is asked as 0: in Node both name its main thread, which for jnode is the JS thread.
     */
    public static int[] getPriority(int pid) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = callState(arena);
            // -1 is also a valid nice value: only a changed errno tells a failure apart.
            MemorySegment errno = (MemorySegment) Handles.ERRNO_LOCATION.invokeExact();
            errno.reinterpret(INT.byteSize()).set(INT, 0, 0);
            int nice = (int) Handles.GETPRIORITY.invokeExact(state, PRIO_PROCESS, ownPidAsZero(pid));
            int failure = nice == -1 ? errno(state) : 0;
            return failure == 0 ? new int[] {0, nice} : new int[] {failure, 0};
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** setpriority(PRIO_PROCESS, pid, nice); returns 0 or the errno. Pid as in {@link #getPriority}. */
    public static int setPriority(int pid, int nice) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = callState(arena);
            int rc = (int) Handles.SETPRIORITY.invokeExact(state, PRIO_PROCESS, ownPidAsZero(pid), nice);
            return rc == 0 ? 0 : errno(state);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static int ownPidAsZero(int pid) {
        return pid == ProcessHandle.current().pid() ? 0 : pid;
    }

    /** strerror(3): the C library's text for an errno ("Operation not permitted"). */
    public static String strerror(int errno) {
        try {
            MemorySegment text = (MemorySegment) Handles.STRERROR.invokeExact(errno);
            return text.reinterpret(Long.MAX_VALUE).getString(0);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** The running glibc's version ("2.36"), or null when the C library is not glibc. */
    public static String glibcVersion() {
        var symbol = LIBC.find("gnu_get_libc_version");
        if (symbol.isEmpty()) {
            return null;
        }
        try {
            MemorySegment text = (MemorySegment) LINKER.downcallHandle(symbol.get(),
                    FunctionDescriptor.of(ValueLayout.ADDRESS)).invokeExact();
            return text.reinterpret(Long.MAX_VALUE).getString(0);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static final int F_GETFD = 1;
    private static final int F_SETFD = 2;
    private static final int FD_CLOEXEC = 1;

    /**
     * Replaces the process image with execve(2), first marking every descriptor above stdio close-on-exec (the
     * JVM's own files must not leak into the new program). Returns only on failure, with the errno.
     */
    public static int execve(String path, String[] args, String[] env) {
        closeOnExecAboveStdio();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = callState(arena);
            int rc = (int) Handles.EXECVE.invokeExact(state, arena.allocateFrom(path), cStrings(arena, args),
                    cStrings(arena, env));
            return rc == 0 ? 0 : errno(state);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** A NULL-terminated array of C strings, as execve wants argv and envp. */
    private static MemorySegment cStrings(Arena arena, String[] strings) {
        MemorySegment array = arena.allocate(ValueLayout.ADDRESS, strings.length + 1L);
        for (int i = 0; i < strings.length; i++) {
            array.setAtIndex(ValueLayout.ADDRESS, i, arena.allocateFrom(strings[i]));
        }
        array.setAtIndex(ValueLayout.ADDRESS, strings.length, MemorySegment.NULL);
        return array;
    }

    private static void closeOnExecAboveStdio() {
        java.io.File[] fds = new java.io.File("/proc/self/fd").listFiles();
        if (fds == null) {
            return;
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = callState(arena);
            for (java.io.File entry : fds) {
                int fd = Integer.parseInt(entry.getName());
                if (fd > 2) {
                    int flags = (int) Handles.FCNTL.invokeExact(state, fd, F_GETFD, 0);
                    if (flags >= 0) {
                        int ignored = (int) Handles.FCNTL.invokeExact(state, fd, F_SETFD, flags | FD_CLOEXEC);
                    }
                }
            }
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
