package dev.jnode.process;

import java.lang.foreign.AddressLayout;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * The user and group calls of libc (set*id, groups, and the passwd/group databases) through FFM. Setters return
 * 0 or the errno; lookups return -1 for an unknown name, as Node treats names it cannot resolve.
 */
public final class PosixCredentials {
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT;
    private static final AddressLayout ADDRESS = ValueLayout.ADDRESS;
    private static final int ERANGE = 34;
    // Offsets in glibc's x86-64 struct passwd {name, passwd, uid, gid, ...} and struct group {name, passwd, gid, ...}.
    private static final long PASSWD_UID = 16;
    private static final long PASSWD_SIZE = 48;
    private static final long GROUP_GID = 16;
    private static final long GROUP_SIZE = 32;

    private PosixCredentials() {
    }

    private static final class Handles {
        static final MethodHandle SETUID = Posix.handle("setuid", FunctionDescriptor.of(INT, INT));
        static final MethodHandle SETGID = Posix.handle("setgid", FunctionDescriptor.of(INT, INT));
        static final MethodHandle SETEUID = Posix.handle("seteuid", FunctionDescriptor.of(INT, INT));
        static final MethodHandle SETEGID = Posix.handle("setegid", FunctionDescriptor.of(INT, INT));
        static final MethodHandle SETGROUPS = Posix.handle("setgroups", FunctionDescriptor.of(INT, ValueLayout.JAVA_LONG, ADDRESS));
        static final MethodHandle GETGROUPS = Posix.handle("getgroups", FunctionDescriptor.of(INT, INT, ADDRESS));
        static final MethodHandle INITGROUPS = Posix.handle("initgroups", FunctionDescriptor.of(INT, ADDRESS, INT));
        // The *_r lookups report their error as the return value, not in errno.
        static final MethodHandle GETPWNAM_R = Posix.plainHandle("getpwnam_r",
                FunctionDescriptor.of(INT, ADDRESS, ADDRESS, ADDRESS, ValueLayout.JAVA_LONG, ADDRESS));
        static final MethodHandle GETPWUID_R = Posix.plainHandle("getpwuid_r",
                FunctionDescriptor.of(INT, INT, ADDRESS, ADDRESS, ValueLayout.JAVA_LONG, ADDRESS));
        static final MethodHandle GETGRNAM_R = Posix.plainHandle("getgrnam_r",
                FunctionDescriptor.of(INT, ADDRESS, ADDRESS, ADDRESS, ValueLayout.JAVA_LONG, ADDRESS));
    }

    /** Which id a setter changes. */
    public enum Setter {
        SETUID, SETGID, SETEUID, SETEGID;

        /** True for the calls that take a group id, whose names are looked up in the group database. */
        public boolean takesGroup() {
            return this == SETGID || this == SETEGID;
        }

        private MethodHandle handle() {
            return switch (this) {
                case SETUID -> Handles.SETUID;
                case SETGID -> Handles.SETGID;
                case SETEUID -> Handles.SETEUID;
                case SETEGID -> Handles.SETEGID;
            };
        }
    }

    /** Calls the setter with {@code id} (an unsigned 32-bit id); returns 0 or the errno. */
    public static int set(Setter setter, int id) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Posix.callState(arena);
            int rc = (int) setter.handle().invokeExact(state, id);
            return rc == 0 ? 0 : Posix.errno(state);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** setgroups(2); returns 0 or the errno. */
    public static int setgroups(int[] gids) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Posix.callState(arena);
            MemorySegment list = arena.allocateFrom(INT, gids.length == 0 ? new int[1] : gids);
            int rc = (int) Handles.SETGROUPS.invokeExact(state, (long) gids.length, list);
            return rc == 0 ? 0 : Posix.errno(state);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** The supplementary groups of the process, as getgroups(2) lists them. */
    public static int[] getgroups() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Posix.callState(arena);
            int count = (int) Handles.GETGROUPS.invokeExact(state, 0, MemorySegment.NULL);
            MemorySegment list = arena.allocate(INT, Math.max(count, 1));
            count = (int) Handles.GETGROUPS.invokeExact(state, count, list);
            if (count < 0) {
                throw new IllegalStateException("getgroups failed: errno " + Posix.errno(state));
            }
            return list.asSlice(0, count * 4L).toArray(INT);
        } catch (Throwable t) {
            throw t instanceof IllegalStateException e ? e : new IllegalStateException(t);
        }
    }

    /** initgroups(3); returns 0 or the errno. */
    public static int initgroups(String user, int extraGroup) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Posix.callState(arena);
            int rc = (int) Handles.INITGROUPS.invokeExact(state, arena.allocateFrom(user), extraGroup);
            return rc == 0 ? 0 : Posix.errno(state);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** The uid of user {@code name}, or -1 when the passwd database has no such user. */
    public static long uidOf(String name) {
        return lookup(PASSWD_SIZE, PASSWD_UID, (arena, entry, buf, size, result) ->
                (int) Handles.GETPWNAM_R.invokeExact(arena.allocateFrom(name), entry, buf, size, result));
    }

    /** The gid of group {@code name}, or -1 when the group database has no such group. */
    public static long gidOf(String name) {
        return lookup(GROUP_SIZE, GROUP_GID, (arena, entry, buf, size, result) ->
                (int) Handles.GETGRNAM_R.invokeExact(arena.allocateFrom(name), entry, buf, size, result));
    }

    /** The name of user {@code uid}, or null when the passwd database has no such user. */
    public static String userName(int uid) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment entry = find(arena, PASSWD_SIZE, (a, e, buf, size, result) ->
                    (int) Handles.GETPWUID_R.invokeExact(uid, e, buf, size, result));
            return entry == null ? null : entry.get(ADDRESS, 0).reinterpret(Long.MAX_VALUE).getString(0);
        }
    }

    @FunctionalInterface
    private interface Lookup {
        int call(Arena arena, MemorySegment entry, MemorySegment buf, long size, MemorySegment result) throws Throwable;
    }

    private static long lookup(long entrySize, long idOffset, Lookup call) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment entry = find(arena, entrySize, call);
            return entry == null ? -1 : Integer.toUnsignedLong(entry.get(INT, idOffset));
        }
    }

    /** Runs a *_r lookup with a growing buffer; the filled entry, or null when there is none. */
    private static MemorySegment find(Arena arena, long entrySize, Lookup call) {
        MemorySegment entry = arena.allocate(entrySize, 8);
        MemorySegment result = arena.allocate(ADDRESS);
        for (long size = 1024; size <= 1 << 20; size *= 2) {
            int rc;
            try {
                rc = call.call(arena, entry, arena.allocate(size), size, result);
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
            if (rc != ERANGE) {
                return rc == 0 && !result.get(ADDRESS, 0).equals(MemorySegment.NULL) ? entry : null;
            }
        }
        return null;
    }
}
