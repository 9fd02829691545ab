package dev.jnode.process;

import dev.jnode.buffer.Codec;
import dev.jnode.engine.ErrorsBinding;
import dev.jnode.engine.JsRuntime;
import dev.jnode.engine.LaunchInfo;
import dev.jnode.loop.EventLoop;
import dev.jnode.stdio.StdioBinding;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/** What {@code process} needs from the operating system and the JVM. */
public final class ProcessBinding {
    private static final long START_NANOS = System.nanoTime();

    private final JsRuntime runtime;
    private final EventLoop loop;
    private final LaunchInfo launch;
    private final ErrorsBinding errors;
    private final FileOutputStream stdout = new FileOutputStream(FileDescriptor.out);
    private final FileOutputStream stderr = new FileOutputStream(FileDescriptor.err);
    private String cwd = Path.of("").toAbsolutePath().toString();
    private String title = "jnode";

    public ProcessBinding(JsRuntime runtime, LaunchInfo launch, ErrorsBinding errors) {
        this.runtime = runtime;
        this.loop = runtime.loop();
        this.launch = launch;
        this.errors = errors;
    }

    @HostAccess.Export
    public String[] argv() {
        return launch.argv().toArray(String[]::new);
    }

    /** The names of the options given on the command line or in NODE_OPTIONS. */
    @HostAccess.Export
    public String[] optionNames() {
        return launch.optionValues().keySet().toArray(String[]::new);
    }

    /** "flag", "value" or "list" for an option jnode's command line takes, null for one it does not know. */
    @HostAccess.Export
    public String optionKind(String name) {
        return dev.jnode.cli.Options.kindOf(name);
    }

    /** An option's value: a boolean for flags, a string, or a string array for repeatable options. */
    @HostAccess.Export
    public Object optionValue(String name) {
        Object v = launch.optionValues().get(name);
        return v instanceof java.util.List<?> list ? list.toArray(String[]::new) : v;
    }

    /** The loop's time in milliseconds, refreshed as Node's getLibuvNow() refreshes it; timers start from it. */
    @HostAccess.Export
    public double loopNow() {
        return loop.updateTime();
    }

    @HostAccess.Export
    public String[] execArgv() {
        return launch.execArgv().toArray(String[]::new);
    }

    /** The environment as alternating names and values. */
    @HostAccess.Export
    public String[] environ() {
        Map<String, String> env = System.getenv();
        String[] out = new String[env.size() * 2];
        int i = 0;
        for (Map.Entry<String, String> e : env.entrySet()) {
            out[i++] = e.getKey();
            out[i++] = e.getValue();
        }
        return out;
    }

    @HostAccess.Export
    public String cwd() {
        return cwd;
    }

    @HostAccess.Export
    public void chdir(String path) {
        Path target = Path.of(cwd).resolve(path).normalize();
        int errno = Posix.chdir(target.toString());
        if (errno != 0) {
            throw errors.uvException(errno, "chdir", cwd, path);
        }
        cwd = target.toString();
    }

    @HostAccess.Export
    public int pid() {
        return (int) ProcessHandle.current().pid();
    }

    @HostAccess.Export
    public int ppid() {
        return ProcessHandle.current().parent().map(p -> (int) p.pid()).orElse(0);
    }

    /** Nanoseconds on a monotonic clock, as a double (exact for 104 days of uptime). */
    @HostAccess.Export
    public double hrtime() {
        return System.nanoTime() - START_NANOS;
    }

    /** When the event loop first ran, in hrtime() milliseconds, or -1 while the main script still runs. */
    @HostAccess.Export
    public double loopStart() {
        long start = loop.loopStartNanoTime();
        return start < 0 ? -1 : (start - START_NANOS) / 1e6;
    }

    /** Milliseconds the loop has waited for events, as libuv's idle time. */
    @HostAccess.Export
    public double loopIdleTime() {
        return loop.idleNanos() / 1e6;
    }

    @HostAccess.Export
    public double uptime() {
        return (System.nanoTime() - START_NANOS) / 1e9;
    }

    /** [rss, heapTotal, heapUsed, external, arrayBuffers] in bytes. */
    @HostAccess.Export
    public double[] memoryUsage() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        var heap = memory.getHeapMemoryUsage();
        var nonHeap = memory.getNonHeapMemoryUsage();
        return new double[] {rss(), heap.getCommitted(), heap.getUsed(), nonHeap.getUsed(), 0};
    }

    @HostAccess.Export
    public double rss() {
        try {
            String[] statm = Files.readString(Path.of("/proc/self/statm")).trim().split(" ");
            return Double.parseDouble(statm[1]) * 4096;
        } catch (IOException | RuntimeException e) {
            return Runtime.getRuntime().totalMemory();
        }
    }

    /** getrusage(2) as Node's process.resourceUsage() order expects it (times in microseconds). */
    @HostAccess.Export
    public double[] resourceUsage() {
        long[] r = Posix.rusage();
        double[] out = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            out[i] = r[i];
        }
        return out;
    }

    /** For process.report's header: the glibc version, or null on another C library. */
    @HostAccess.Export
    public String glibcVersion() {
        return Posix.glibcVersion();
    }

    @HostAccess.Export
    public int umask(int mask, boolean set) {
        int old = Posix.umask(mask);
        if (!set) {
            Posix.umask(old);
        }
        return old;
    }

    @HostAccess.Export
    public int getuid() {
        return Posix.getuid();
    }

    @HostAccess.Export
    public int geteuid() {
        return Posix.geteuid();
    }

    @HostAccess.Export
    public int getgid() {
        return Posix.getgid();
    }

    @HostAccess.Export
    public int getegid() {
        return Posix.getegid();
    }

    /**
     * setuid, setgid, seteuid or setegid ({@code call}) with a numeric id or a user/group name: 0, 1 when the
     * name is unknown, or the negated errno (JavaScript builds Node's errors from these).
     */
    @HostAccess.Export
    public int setCredential(String call, Value id) {
        PosixCredentials.Setter setter = PosixCredentials.Setter.valueOf(call.toUpperCase(java.util.Locale.ROOT));
        long numeric = setter.takesGroup() ? groupId(id) : userId(id);
        if (numeric < 0) {
            return 1;
        }
        return -PosixCredentials.set(setter, (int) numeric);
    }

    /** setgroups(2) with ids or names: 0, i + 1 when groups[i] is an unknown name, or the negated errno. */
    @HostAccess.Export
    public int setgroups(Value groups) {
        int[] gids = new int[(int) groups.getArraySize()];
        for (int i = 0; i < gids.length; i++) {
            long gid = groupId(groups.getArrayElement(i));
            if (gid < 0) {
                return i + 1;
            }
            gids[i] = (int) gid;
        }
        return -PosixCredentials.setgroups(gids);
    }

    /**
     * initgroups(3): 0, 1 for an unknown numeric user, 2 for an unknown group, or the negated errno. A user
     * given by name is passed on unchecked, as Node does.
     */
    @HostAccess.Export
    public int initgroups(Value user, Value extraGroup) {
        String name = user.isString() ? user.asString() : PosixCredentials.userName((int) user.asLong());
        if (name == null) {
            return 1;
        }
        long gid = groupId(extraGroup);
        if (gid < 0) {
            return 2;
        }
        return -PosixCredentials.initgroups(name, (int) gid);
    }

    /** The supplementary groups, with the effective gid added when it is not among them (as Node does). */
    @HostAccess.Export
    public double[] getgroups() {
        int[] groups = PosixCredentials.getgroups();
        int egid = Posix.getegid();
        boolean hasEgid = java.util.Arrays.stream(groups).anyMatch(g -> g == egid);
        double[] out = new double[groups.length + (hasEgid ? 0 : 1)];
        for (int i = 0; i < groups.length; i++) {
            out[i] = Integer.toUnsignedLong(groups[i]);
        }
        if (!hasEgid) {
            out[groups.length] = Integer.toUnsignedLong(egid);
        }
        return out;
    }

    private static long userId(Value id) {
        return id.isString() ? PosixCredentials.uidOf(id.asString()) : id.asLong();
    }

    private static long groupId(Value id) {
        return id.isString() ? PosixCredentials.gidOf(id.asString()) : id.asLong();
    }

    /** strerror(3), for Node's "EPERM, Operation not permitted" errors. */
    @HostAccess.Export
    public String strerror(int errno) {
        return Posix.strerror(errno);
    }

    /** execve(2) after flushing stdio; returns only on failure, with the errno. */
    @HostAccess.Export
    public int execve(String path, String[] args, String[] env) {
        System.out.flush();
        System.err.flush();
        return Posix.execve(path, args, env);
    }

    /** [user, system] CPU time of the JS thread in microseconds, from getrusage(RUSAGE_THREAD) as in Node. */
    @HostAccess.Export
    public double[] threadCpuUsage() {
        long[] r = Posix.threadRusage();
        return new double[] {r[0], r[1]};
    }

    /** Date's local time zone follows process.env.TZ; null when TZ is deleted. */
    @HostAccess.Export
    public void setTimeZone(String tz) {
        TimeZones.setLocalTimeZone(tz);
    }

    /** kill(2); returns 0 or the errno, which JavaScript turns into Node's error. */
    @HostAccess.Export
    public int kill(int pid, int signal) {
        return Posix.kill(pid, signal);
    }

    @HostAccess.Export
    public boolean isatty(int fd) {
        return Posix.isatty(fd);
    }

    @HostAccess.Export
    public String getTitle() {
        return title;
    }

    @HostAccess.Export
    public void setTitle(String value) {
        title = value;
    }

    /** Writes synchronously, as Node does for stdout and stderr when they are files, pipes or TTYs. */
    @HostAccess.Export
    public void writeString(int fd, String text) {
        FileOutputStream out = fd == 2 ? stderr : stdout;
        try {
            out.write(Codec.utf8(text));
        } catch (IOException e) {
            // EPIPE and friends: Node ignores write errors on stdio when nobody listens for 'error'.
        }
    }

    /**
     * Delivers signal {@code name} ("SIGINT") to {@code listener} on the JS thread instead of the default
     * action; {@code watch=false} restores the default. Signal handlers do not keep the loop alive (as in Node).
     * Returns false for signals the JVM keeps for itself.
     */
    @HostAccess.Export
    public boolean watchSignal(String name, boolean watch, Value listener) {
        String bare = name.substring(3);
        try {
            if (watch) {
                Signal.handle(new Signal(bare), sig -> loop.post(() -> runtime.invoke(listener, name)));
            } else {
                Signal.handle(new Signal(bare), SignalHandler.SIG_DFL);
            }
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Writes bytes of an ArrayBuffer synchronously (Buffers written to stdout/stderr). */
    @HostAccess.Export
    public void writeBytes(int fd, Value arrayBuffer, int offset, int length) {
        byte[] bytes = new byte[length];
        arrayBuffer.readBuffer(offset, bytes, 0, length);
        try {
            (fd == 2 ? stderr : stdout).write(bytes);
        } catch (IOException e) {
            // As for strings: a closed stdio pipe is not the program's error.
        }
    }

    /** What --expose-gc's gc() does: asks the JVM for a full collection. */
    @HostAccess.Export
    public void gc() {
        System.gc();
    }

    /** process.abort(): dies of SIGABRT as Node does (abort(3)); 134 if the signal cannot be raised. */
    @HostAccess.Export
    public void abort() {
        StdioBinding.resetAtExit();
        System.out.flush();
        System.err.flush();
        try {
            Signal.handle(new Signal("ABRT"), SignalHandler.SIG_DFL);
        } catch (IllegalArgumentException e) {
            // Kept by the JVM: its own handling decides.
        }
        Posix.raise(6);
        Runtime.getRuntime().halt(134);
    }

    /** Ends the process now; JavaScript has already run the 'exit' listeners. */
    @HostAccess.Export
    public void reallyExit(int code) {
        StdioBinding.resetAtExit();
        System.out.flush();
        System.err.flush();
        loop.stop();
        Runtime.getRuntime().halt(code & 0xff);
    }
}
