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
}
