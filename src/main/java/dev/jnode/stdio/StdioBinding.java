package dev.jnode.stdio;

import dev.jnode.engine.JsRuntime;
import dev.jnode.posix.Fds;
import dev.jnode.process.Posix;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * {@code internalBinding('stdio')}: what a descriptor is ({@link #handleType}, as libuv guesses it, which decides
 * whether process.stdout is a file, terminal or pipe stream) and {@link StreamHandle}s that read and write pipes
 * and terminals through the loop.
 */
public final class StdioBinding {
    private static final int S_IFMT = 0170000;
    private static final int S_IFREG = 0100000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFIFO = 0010000;
    private static final int S_IFSOCK = 0140000;

    /** Set once a terminal's mode changed, so that exiting without one never loads {@link Terminal}. */
    private static volatile boolean terminalModeChanged;

    private final JsRuntime runtime;

    public StdioBinding(JsRuntime runtime) {
        this.runtime = runtime;
    }

    /**
     * "TTY", "FILE", "PIPE" or "UNKNOWN". Character devices other than terminals (/dev/null) count as files and
     * sockets as pipes (child stdio from Node and jnode parents are Unix socket pairs), as libuv reports them.
     */
    @HostAccess.Export
    public String handleType(int fd) {
        int mode = Fds.fileMode(fd);
        if (mode < 0) {
            return "UNKNOWN";
        }
        return switch (mode & S_IFMT) {
            case S_IFREG -> "FILE";
            case S_IFCHR -> Posix.isatty(fd) ? "TTY" : "FILE";
            case S_IFIFO, S_IFSOCK -> "PIPE";
            default -> "UNKNOWN";
        };
    }

    /** {columns, rows} of the terminal on {@code fd}, or {-errno}. */
    @HostAccess.Export
    public int[] windowSize(int fd) {
        return Terminal.windowSize(fd);
    }

    /** tty.ReadStream#setRawMode; 0 or the negative errno. */
    @HostAccess.Export
    public int setRawMode(int fd, boolean raw) {
        terminalModeChanged = true;
        return Terminal.setRawMode(fd, raw);
    }

    /** Called on every way out of the process: a terminal left in raw mode would stay unusable (Node's ResetStdio). */
    public static void resetAtExit() {
        if (terminalModeChanged) {
            Terminal.restoreAll();
        }
    }

    /**
     * A stream handle over {@code fd}; {@code nonBlockingWrites} for pipes (terminals are written synchronously);
     * {@code ownsFd} closes the descriptor with the handle.
     */
    @HostAccess.Export
    public StreamHandle open(int fd, boolean nonBlockingWrites, boolean ownsFd, Value onEvent) {
        return new StreamHandle(runtime, fd, nonBlockingWrites, ownsFd, onEvent);
    }
}
