package dev.jnode.fs;

import dev.jnode.engine.JsRuntime;
import dev.jnode.loop.EventLoop;
import dev.jnode.loop.HandleRef;
import dev.jnode.posix.Fds;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * fs.watch's handle: inotify(7) through FFM, as libuv watches on Linux, with its event mask and its mapping of
 * each inotify event to 'change' (IN_ATTRIB, IN_MODIFY) and/or 'rename' (anything else). A thread per watcher
 * polls the inotify descriptor (and an eventfd that wakes it to stop) and posts {@code onEvent(type, filename)}
 * to the loop. With {@code recursive}, every directory beneath is watched too (new ones as they appear) and
 * names are relative to the watched directory. The JDK's WatchService was not used: it cannot watch a single
 * file, and it merges repeated events and drops the watched directory's own deletion, which Node reports.
 * Active (keeping the loop alive while ref'd) from start to close.
 */
public final class InotifyWatcher {
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT;
    private static final MethodHandle INIT = Fds.withErrno("inotify_init1", FunctionDescriptor.of(INT, INT));
    private static final MethodHandle ADD_WATCH =
            Fds.withErrno("inotify_add_watch", FunctionDescriptor.of(INT, INT, ValueLayout.ADDRESS, INT));

    private static final int IN_MODIFY = 0x2;
    private static final int IN_ATTRIB = 0x4;
    private static final int IN_MOVED_FROM = 0x40;
    private static final int IN_MOVED_TO = 0x80;
    private static final int IN_CREATE = 0x100;
    private static final int IN_DELETE = 0x200;
    private static final int IN_DELETE_SELF = 0x400;
    private static final int IN_MOVE_SELF = 0x800;
    private static final int IN_ISDIR = 0x40000000;
    /** libuv's mask for uv_fs_event_start. */
    private static final int MASK = IN_ATTRIB | IN_CREATE | IN_MODIFY | IN_DELETE | IN_DELETE_SELF | IN_MOVE_SELF
            | IN_MOVED_FROM | IN_MOVED_TO;
    private static final int IN_NONBLOCK = 0x800;
    private static final int IN_CLOEXEC = 0x80000;
    private static final int POLLIN = 1;

    private final JsRuntime runtime;
    private final EventLoop loop;
    private final Value onEvent;
    private final HandleRef liveness;
    /** Watch descriptor -> the directory's path relative to the watched one ("" for itself). */
    private final Map<Integer, String> watches = new HashMap<>();
    private int inotifyFd = -1;
    private int wakeFd = -1;
    private String root;
    private String rootName;
    private boolean recursive;
    private volatile boolean closed;

    public InotifyWatcher(JsRuntime runtime, Value onEvent) {
        this.runtime = runtime;
        this.loop = runtime.loop();
        this.onEvent = onEvent;
        this.liveness = new HandleRef(loop, false);
    }

    /** Starts watching an absolute path; 0, or the negative errno of inotify_add_watch (ENOENT, ...). */
    @HostAccess.Export
    public int start(String path, boolean watchRecursively) {
        this.root = path;
        this.rootName = Path.of(path).getFileName() == null ? path : Path.of(path).getFileName().toString();
        this.recursive = watchRecursively;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Fds.errnoState(arena);
            inotifyFd = (int) INIT.invokeExact(state, IN_NONBLOCK | IN_CLOEXEC);
            if (inotifyFd < 0) {
                return -Fds.errno(state);
            }
        } catch (Throwable t) {
            throw Fds.unexpected(t);
        }
        int rc = addWatch(path, "");
        if (rc < 0) {
            Fds.close(inotifyFd);
            inotifyFd = -1;
            return rc;
        }
        if (recursive && Files.isDirectory(Path.of(path))) {
            addSubdirectories(Path.of(path));
        }
        wakeFd = Fds.eventfd();
        liveness.setActive(true);
        Thread thread = new Thread(this::pump, "jnode-fs-watch");
        thread.setDaemon(true);
        thread.start();
        return 0;
    }

    private int addWatch(String path, String relative) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Fds.errnoState(arena);
            int wd = (int) ADD_WATCH.invokeExact(state, inotifyFd, arena.allocateFrom(path), MASK);
            if (wd < 0) {
                return -Fds.errno(state);
            }
            synchronized (watches) {
                watches.putIfAbsent(wd, relative);
            }
            return wd;
        } catch (Throwable t) {
            throw Fds.unexpected(t);
        }
    }

    /** Watches each directory beneath {@code dir} (failures skipped: a directory may vanish meanwhile). */
    private void addSubdirectories(Path dir) {
        Path base = Path.of(root);
        try (Stream<Path> tree = Files.walk(dir)) {
            List<Path> dirs = tree.filter(p -> !p.equals(dir) && Files.isDirectory(p)).toList();
            for (Path sub : dirs) {
                addWatch(sub.toString(), base.relativize(sub).toString());
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // the tree changed while we walked it; what is left is watched
        }
    }

    private void pump() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Fds.errnoState(arena);
            MemorySegment fds = arena.allocate(16);
            MemorySegment buf = arena.allocate(64 * 1024, 8);
            while (!closed) {
                Fds.setPollFd(fds, 0, inotifyFd, POLLIN);
                Fds.setPollFd(fds, 1, wakeFd, POLLIN);
                if (Fds.poll(state, fds, 2, -1) < 0) {
                    continue;
                }
                if (closed) {
                    break;
                }
                long n = Fds.read(state, inotifyFd, buf);
                for (long at = 0; at < n;) {
                    int wd = buf.get(INT, at);
                    int mask = buf.get(INT, at + 4);
                    int length = buf.get(INT, at + 12);
                    String name = length == 0 ? null : cString(buf.asSlice(at + 16, length));
                    at += 16 + length;
                    dispatch(wd, mask, name);
                }
            }
        } finally {
            Fds.close(inotifyFd);
            synchronized (this) {
                Fds.close(wakeFd);
                wakeFd = -1;
            }
        }
    }

    private static String cString(MemorySegment bytes) {
        int end = 0;
        while (end < bytes.byteSize() && bytes.get(ValueLayout.JAVA_BYTE, end) != 0) {
            end++;
        }
        return new String(bytes.asSlice(0, end).toArray(ValueLayout.JAVA_BYTE), StandardCharsets.UTF_8);
    }

    private void dispatch(int wd, int mask, String name) {
        String dir;
        synchronized (watches) {
            dir = watches.get(wd);
        }
        if (dir == null) {
            return;
        }
        String filename = name == null ? (dir.isEmpty() ? rootName : dir) : dir.isEmpty() ? name : dir + "/" + name;
        if (recursive && name != null && (mask & IN_ISDIR) != 0 && (mask & (IN_CREATE | IN_MOVED_TO)) != 0) {
            Path created = Path.of(root, filename);
            addWatch(created.toString(), filename);
            addSubdirectories(created);
        }
        if ((mask & (IN_ATTRIB | IN_MODIFY)) != 0) {
            post("change", filename);
        }
        if ((mask & ~(IN_ATTRIB | IN_MODIFY)) != 0) {
            post("rename", filename);
        }
    }

    private void post(String type, String filename) {
        loop.post(() -> {
            if (!closed) {
                runtime.invoke(onEvent, type, filename);
            }
        });
    }

    @HostAccess.Export
    public void close() {
        if (closed) {
            return;
        }
        liveness.setActive(false);
        // Under the lock the pump closes the eventfd with, so the signal never reaches a reused descriptor.
        synchronized (this) {
            closed = true;
            if (wakeFd >= 0) {
                Fds.signal(wakeFd);
            }
        }
    }

    @HostAccess.Export
    public void ref() {
        liveness.ref();
    }

    @HostAccess.Export
    public void unref() {
        liveness.unref();
    }
}
