package dev.jnode.fs;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * File-descriptor calls of libc through the FFM API, as libuv makes them: real descriptors (so 0, 1 and 2
 * are stdio, and numbers match what other processes see) and exact errno values. Each call returns a
 * non-negative result or throws {@link FsException} with the errno.
 */
final class PosixFiles {
    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBC = LINKER.defaultLookup();
    private static final Linker.Option ERRNO = Linker.Option.captureCallState("errno");
    private static final VarHandle ERRNO_VALUE = Linker.Option.captureStateLayout()
            .varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT;
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG;
    private static final ValueLayout ADDRESS = ValueLayout.ADDRESS;

    private static final MethodHandle OPEN = handle("open", FunctionDescriptor.of(INT, ADDRESS, INT, INT));
    private static final MethodHandle CLOSE = handle("close", FunctionDescriptor.of(INT, INT));
    private static final MethodHandle READ = handle("read", FunctionDescriptor.of(LONG, INT, ADDRESS, LONG));
    private static final MethodHandle PREAD = handle("pread", FunctionDescriptor.of(LONG, INT, ADDRESS, LONG, LONG));
    private static final MethodHandle WRITE = handle("write", FunctionDescriptor.of(LONG, INT, ADDRESS, LONG));
    private static final MethodHandle PWRITE = handle("pwrite", FunctionDescriptor.of(LONG, INT, ADDRESS, LONG, LONG));
    private static final MethodHandle FSTAT = handle("fstat", FunctionDescriptor.of(INT, INT, ADDRESS));
    private static final MethodHandle FTRUNCATE = handle("ftruncate", FunctionDescriptor.of(INT, INT, LONG));
    private static final MethodHandle FSYNC = handle("fsync", FunctionDescriptor.of(INT, INT));
    private static final MethodHandle FDATASYNC = handle("fdatasync", FunctionDescriptor.of(INT, INT));
    private static final MethodHandle FCHMOD = handle("fchmod", FunctionDescriptor.of(INT, INT, INT));
    private static final MethodHandle CHOWN = handle("chown", FunctionDescriptor.of(INT, ADDRESS, INT, INT));
    private static final MethodHandle LCHOWN = handle("lchown", FunctionDescriptor.of(INT, ADDRESS, INT, INT));
    private static final MethodHandle FCHOWN = handle("fchown", FunctionDescriptor.of(INT, INT, INT, INT));
    private static final MethodHandle FUTIMENS = handle("futimens", FunctionDescriptor.of(INT, INT, ADDRESS));
    private static final MethodHandle UTIMENSAT =
            handle("utimensat", FunctionDescriptor.of(INT, INT, ADDRESS, ADDRESS, INT));
    private static final MethodHandle STATFS = handle("statfs", FunctionDescriptor.of(INT, ADDRESS, ADDRESS));

    private static final int AT_FDCWD = -100;
    private static final int AT_SYMLINK_NOFOLLOW = 0x100;
    /** struct statfs on Linux x86-64 is 120 bytes. */
    private static final long STATFS_SIZE = 120;

    /** struct stat on Linux x86-64 is 144 bytes. */
    private static final long STAT_SIZE = 144;

    private PosixFiles() {
    }

    private static MethodHandle handle(String name, FunctionDescriptor descriptor) {
        return LINKER.downcallHandle(LIBC.find(name).orElseThrow(), descriptor, ERRNO);
    }

    private static FsException fail(MemorySegment state, String syscall, String path) {
        return new FsException((int) ERRNO_VALUE.get(state, 0L), syscall, path, null);
    }

    static int open(String path, int flags, int mode) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
            int fd = (int) OPEN.invokeExact(state, arena.allocateFrom(path), flags | 0x80000 /* O_CLOEXEC */, mode);
            if (fd < 0) {
                throw fail(state, "open", path);
            }
            return fd;
        } catch (FsException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    static void close(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
            if ((int) CLOSE.invokeExact(state, fd) < 0) {
                throw fail(state, "close", null);
            }
        } catch (FsException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Reads up to {@code length} bytes at {@code position} (-1: the current position) into {@code dst}. */
    static int read(int fd, byte[] dst, int offset, int length, long position) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
            MemorySegment buf = arena.allocate(Math.max(1, length));
            long n = position < 0 ? (long) READ.invokeExact(state, fd, buf, (long) length)
                    : (long) PREAD.invokeExact(state, fd, buf, (long) length, position);
            if (n < 0) {
                throw fail(state, "read", null);
            }
            MemorySegment.copy(buf, ValueLayout.JAVA_BYTE, 0, dst, offset, (int) n);
            return (int) n;
        } catch (FsException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Writes all of {@code src[offset, offset+length)} at {@code position} (-1: the current position). */
    static int write(int fd, byte[] src, int offset, int length, long position) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
            MemorySegment buf = arena.allocate(Math.max(1, length));
            MemorySegment.copy(src, offset, buf, ValueLayout.JAVA_BYTE, 0, length);
            long n = position < 0 ? (long) WRITE.invokeExact(state, fd, buf, (long) length)
                    : (long) PWRITE.invokeExact(state, fd, buf, (long) length, position);
            if (n < 0) {
                throw fail(state, "write", null);
            }
            return (int) n;
        } catch (FsException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** fstat(2) in the order of {@link FsOps#stat}: dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, times. */
    static double[] fstat(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
            MemorySegment st = arena.allocate(STAT_SIZE, 8);
            if ((int) FSTAT.invokeExact(state, fd, st) < 0) {
                throw fail(state, "fstat", null);
            }
            return new double[] {
                st.get(LONG, 0), st.get(INT, 24), st.get(LONG, 16), st.get(INT, 28), st.get(INT, 32),
                st.get(LONG, 40), st.get(LONG, 56), st.get(LONG, 8), st.get(LONG, 48), st.get(LONG, 64),
                millis(st, 72), millis(st, 88), millis(st, 104), millis(st, 104)};
        } catch (FsException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static double millis(MemorySegment st, long offset) {
        return st.get(LONG, offset) * 1000.0 + st.get(LONG, offset + 8) / 1e6;
    }

    static void ftruncate(int fd, long length) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
            if ((int) FTRUNCATE.invokeExact(state, fd, length) < 0) {
                throw fail(state, "ftruncate", null);
            }
        } catch (FsException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    static void fsync(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
            if ((int) FSYNC.invokeExact(state, fd) < 0) {
                throw fail(state, "fsync", null);
            }
        } catch (FsException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** A libc call that returns a negative number on failure, with the state segment and an arena to allocate in. */
    @FunctionalInterface
    private interface LibcCall {
        int invoke(MemorySegment state, Arena arena) throws Throwable;
    }

    private static void call(String syscall, String path, LibcCall call) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
            if (call.invoke(state, arena) < 0) {
                throw fail(state, syscall, path);
            }
        } catch (FsException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    static void fdatasync(int fd) {
        call("fdatasync", null, (state, arena) -> (int) FDATASYNC.invokeExact(state, fd));
    }

    static void fchmod(int fd, int mode) {
        call("fchmod", null, (state, arena) -> (int) FCHMOD.invokeExact(state, fd, mode));
    }

    /** chown(2), or lchown(2) when {@code followLinks} is false. */
    static void chown(String path, int uid, int gid, boolean followLinks) {
        MethodHandle h = followLinks ? CHOWN : LCHOWN;
        call(followLinks ? "chown" : "lchown", path,
                (state, arena) -> (int) h.invokeExact(state, arena.allocateFrom(path), uid, gid));
    }

    static void fchown(int fd, int uid, int gid) {
        call("fchown", null, (state, arena) -> (int) FCHOWN.invokeExact(state, fd, uid, gid));
    }

    /** The two timespecs of utimensat/futimens from seconds, as libuv converts them. */
    private static MemorySegment timespecs(Arena arena, double atime, double mtime) {
        MemorySegment ts = arena.allocate(32, 8);
        double[] times = {atime, mtime};
        for (int i = 0; i < 2; i++) {
            long seconds = (long) Math.floor(times[i]);
            ts.set(LONG, i * 16L, seconds);
            ts.set(LONG, i * 16L + 8, (long) ((times[i] - seconds) * 1e9));
        }
        return ts;
    }

    /** utimes of a path (syscall "utime"), or of the link itself when {@code followLinks} is false ("lutime"). */
    static void utimes(String path, double atime, double mtime, boolean followLinks) {
        int flags = followLinks ? 0 : AT_SYMLINK_NOFOLLOW;
        call(followLinks ? "utime" : "lutime", path, (state, arena) -> (int) UTIMENSAT.invokeExact(state, AT_FDCWD,
                arena.allocateFrom(path), timespecs(arena, atime, mtime), flags));
    }

    static void futimes(int fd, double atime, double mtime) {
        call("futime", null, (state, arena) -> (int) FUTIMENS.invokeExact(state, fd, timespecs(arena, atime, mtime)));
    }

    /** statfs(2): type, bsize, frsize, blocks, bfree, bavail, files, ffree (Node's StatFs order). */
    static double[] statfs(String path) {
        double[] out = new double[8];
        call("statfs", path, (state, arena) -> {
            MemorySegment st = arena.allocate(STATFS_SIZE, 8);
            int rc = (int) STATFS.invokeExact(state, arena.allocateFrom(path), st);
            long[] offsets = {0, 8, 72, 16, 24, 32, 40, 48};
            for (int i = 0; i < offsets.length; i++) {
                out[i] = st.get(LONG, offsets[i]);
            }
            return rc;
        });
        return out;
    }
}
