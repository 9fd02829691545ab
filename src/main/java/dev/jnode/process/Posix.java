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

    private static MethodHandle handle(String name, FunctionDescriptor descriptor) {
        return LINKER.downcallHandle(LIBC.find(name).orElseThrow(), descriptor,
                Linker.Option.captureCallState("errno"));
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
        static final MethodHandle CHDIR = handle("chdir", FunctionDescriptor.of(INT, ValueLayout.ADDRESS));
        static final MethodHandle GETRUSAGE = LINKER.downcallHandle(LIBC.find("getrusage").orElseThrow(),
                FunctionDescriptor.of(INT, INT, ValueLayout.ADDRESS));

        private static MethodHandle noArgInt(String name) {
            return LINKER.downcallHandle(LIBC.find(name).orElseThrow(), FunctionDescriptor.of(INT));
        }
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
            MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
            int rc = (int) Handles.KILL.invokeExact(state, pid, signal);
            return rc == 0 ? 0 : (int) Errno.ERRNO.get(state, 0L);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** chdir(2); returns 0 or the errno. */
    public static int chdir(String path) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
            int rc = (int) Handles.CHDIR.invokeExact(state, arena.allocateFrom(path));
            return rc == 0 ? 0 : (int) Errno.ERRNO.get(state, 0L);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /**
     * getrusage(RUSAGE_SELF) as the 16 longs of {@code struct rusage} on Linux x86-64, with the two
     * timevals first converted to microseconds: [utime, stime, maxrss, ixrss, ...].
     */
    public static long[] rusage() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment r = arena.allocate(18 * 8);
            int rc;
            try {
                rc = (int) Handles.GETRUSAGE.invokeExact(0, r);
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
}
