package dev.jnode.childprocess;

import dev.jnode.posix.Fds;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts processes with {@code posix_spawn}, as libuv's {@code uv_spawn} does: an explicit argv (so argv[0] can
 * differ from the file), an explicit environment whose {@code PATH} is searched for the file, every signal
 * reset to its default and unblocked in the child, the child's descriptors set up by file actions, and nothing
 * else of ours inherited.
 */
public final class Spawner {
    /** Entry of {@link Request#stdio}: a new pipe (the child reads on 0, writes elsewhere). */
    public static final int PIPE = -1;
    /** Entry of {@link Request#stdio}: {@code /dev/null}. Any other entry is a descriptor of ours to share. */
    public static final int IGNORE = -2;
    /** Entry of {@link Request#stdio}: an IPC channel, one end of a Unix socket pair (both ends read and write). */
    public static final int IPC = -3;
    /** What glibc's execvp searches when the environment has no PATH (libuv does the same). */
    private static final String DEFAULT_PATH = "/bin:/usr/bin";

    /**
     * What to start. {@code argv[0]} is what the child sees as its name; {@code env} holds {@code NAME=value}
     * strings; {@code cwd} may be null; {@code detached} puts the child in a new session.
     */
    public record Request(String file, String[] argv, String[] env, String cwd, int[] stdio, boolean detached) {
    }

    /** A started child: its pid and, per stdio index, our end of its pipe (or -1). */
    public record Started(int pid, int[] pipes) {
    }

    private Spawner() {
    }

    /** Starts the process or throws {@link SpawnException} with the errno (ENOENT, EACCES, ...). */
    public static Started spawn(Request request) {
        int count = request.stdio().length;
        int[] pipes = new int[count];
        int[] childEnds = new int[count];
        java.util.Arrays.fill(pipes, -1);
        java.util.Arrays.fill(childEnds, -1);
        List<Integer> temporaries = new ArrayList<>();
        boolean started = false;
        try (Arena arena = Arena.ofConfined()) {
            for (int i = 0; i < count; i++) {
                if (request.stdio()[i] == IPC || request.stdio()[i] == PIPE && i > 2) {
                    // Both ways: an IPC channel, and extra pipes (fd 3 and up), which libuv makes duplex too.
                    int[] pair = Libc.socketPair();
                    childEnds[i] = pair[1];
                    pipes[i] = pair[0];
                } else if (request.stdio()[i] == PIPE) {
                    int[] pipe = Libc.pipe();
                    boolean childReads = i == 0;
                    childEnds[i] = childReads ? pipe[0] : pipe[1];
                    pipes[i] = childReads ? pipe[1] : pipe[0];
                }
            }
            MemorySegment actions = arena.allocate(Libc.FILE_ACTIONS_SIZE, 16);
            MemorySegment attributes = arena.allocate(Libc.SPAWNATTR_SIZE, 16);
            check((int) Libc.FA_INIT.invokeExact(actions));
            check((int) Libc.ATTR_INIT.invokeExact(attributes));
            try {
                addStdio(arena, actions, request.stdio(), childEnds, temporaries);
                if (request.cwd() != null) {
                    check((int) Libc.FA_ADDCHDIR.invokeExact(actions, arena.allocateFrom(request.cwd())));
                }
                check((int) Libc.FA_ADDCLOSEFROM.invokeExact(actions, count));
                setSignalsAndSession(arena, attributes, request.detached());
                int pid = spawnSearchingPath(arena, request, actions, attributes);
                started = true;
                return new Started(pid, pipes);
            } finally {
                int ignored = (int) Libc.FA_DESTROY.invokeExact(actions);
                ignored = (int) Libc.ATTR_DESTROY.invokeExact(attributes);
            }
        } catch (Throwable t) {
            throw Fds.unexpected(t);
        } finally {
            for (int fd : childEnds) {
                if (fd >= 0) {
                    Fds.close(fd);
                }
            }
            temporaries.forEach(Fds::close);
            if (!started) {
                for (int fd : pipes) {
                    if (fd >= 0) {
                        Fds.close(fd);
                    }
                }
            }
        }
    }

    private static void check(int rc) {
        if (rc != 0) {
            throw new SpawnException(rc);
        }
    }

    private static void addStdio(Arena arena, MemorySegment actions, int[] stdio, int[] childEnds,
            List<Integer> temporaries) throws Throwable {
        for (int i = 0; i < stdio.length; i++) {
            int source = stdio[i];
            if (source == IGNORE) {
                check((int) Libc.FA_ADDOPEN.invokeExact(actions, i, arena.allocateFrom("/dev/null"), Libc.O_RDWR, 0));
                continue;
            }
            if (source == PIPE || source == IPC) {
                source = childEnds[i];
            } else if (source < stdio.length && source != i) {
                // An earlier dup2 may already have replaced this descriptor in the child: share a copy instead.
                source = Libc.dupAbove(source, stdio.length);
                temporaries.add(source);
            }
            // dup2 onto itself clears close-on-exec (glibc), so a shared descriptor of ours stays open.
            check((int) Libc.FA_ADDDUP2.invokeExact(actions, source, i));
        }
    }

    private static void setSignalsAndSession(Arena arena, MemorySegment attributes, boolean detached)
            throws Throwable {
        MemorySegment none = arena.allocate(Libc.SIGSET_SIZE, 8);
        MemorySegment all = arena.allocate(Libc.SIGSET_SIZE, 8);
        check((int) Libc.SIGEMPTYSET.invokeExact(none));
        // Every bit, not sigfillset: that leaves out glibc's own signals (32, 33), which posix_spawn would then
        // hand to the child as ignored, where libuv leaves nothing ignored.
        all.fill((byte) 0xff);
        check((int) Libc.ATTR_SETSIGMASK.invokeExact(attributes, none));
        check((int) Libc.ATTR_SETSIGDEFAULT.invokeExact(attributes, all));
        short flags = (short) (Libc.POSIX_SPAWN_SETSIGMASK | Libc.POSIX_SPAWN_SETSIGDEF
                | (detached ? Libc.POSIX_SPAWN_SETSID : 0));
        check((int) Libc.ATTR_SETFLAGS.invokeExact(attributes, flags));
    }

    /** As execvp: a file with a slash is used as is, otherwise each PATH entry of the child's environment. */
    private static int spawnSearchingPath(Arena arena, Request request, MemorySegment actions,
            MemorySegment attributes) throws Throwable {
        MemorySegment argv = strings(arena, request.argv());
        MemorySegment env = strings(arena, request.env());
        MemorySegment pid = arena.allocate(ValueLayout.JAVA_INT);
        String file = request.file();
        if (file.contains("/")) {
            check(posixSpawn(pid, arena.allocateFrom(file), actions, attributes, argv, env));
            return pid.get(ValueLayout.JAVA_INT, 0);
        }
        int firstDenied = 0;
        int lastError = 2; // ENOENT
        for (String dir : searchPath(request.env()).split(":", -1)) {
            String candidate = (dir.isEmpty() ? "." : dir) + "/" + file;
            int rc = posixSpawn(pid, arena.allocateFrom(candidate), actions, attributes, argv, env);
            if (rc == 0) {
                return pid.get(ValueLayout.JAVA_INT, 0);
            }
            if (rc == 13 && firstDenied == 0) {
                firstDenied = rc;
            } else if (rc != 2 && rc != 20 && rc != 13) { // anything but ENOENT, ENOTDIR, EACCES ends the search
                throw new SpawnException(rc);
            }
            lastError = rc;
        }
        throw new SpawnException(firstDenied != 0 ? firstDenied : lastError);
    }

    private static int posixSpawn(MemorySegment pid, MemorySegment path, MemorySegment actions,
            MemorySegment attributes, MemorySegment argv, MemorySegment env) throws Throwable {
        MethodHandle spawn = Libc.POSIX_SPAWN;
        return (int) spawn.invokeExact(pid, path, actions, attributes, argv, env);
    }

    private static String searchPath(String[] env) {
        for (String entry : env) {
            if (entry.startsWith("PATH=")) {
                return entry.substring(5);
            }
        }
        return DEFAULT_PATH;
    }

    /** A NULL-terminated {@code char *[]}. */
    private static MemorySegment strings(Arena arena, String[] values) {
        MemorySegment array = arena.allocate(ValueLayout.ADDRESS, values.length + 1L);
        for (int i = 0; i < values.length; i++) {
            array.setAtIndex(ValueLayout.ADDRESS, i, arena.allocateFrom(values[i]));
        }
        array.setAtIndex(ValueLayout.ADDRESS, values.length, MemorySegment.NULL);
        return array;
    }
}
