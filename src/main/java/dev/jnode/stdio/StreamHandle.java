package dev.jnode.stdio;

import dev.jnode.engine.JsRuntime;
import dev.jnode.loop.EventLoop;
import dev.jnode.loop.HandleRef;
import dev.jnode.posix.Fds;
import java.nio.ByteBuffer;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The JavaScript side's view of an {@link FdChannel}: events reach {@code onEvent(kind, a, b)} through the loop
 * ({@code "data"} (bytes), {@code "end"}, {@code "error"} (errno), {@code "written"} (request id, errno)).
 * Like a libuv stream, it keeps the loop alive while it reads (and is ref'd) and while writes are queued.
 */
public final class StreamHandle implements FdChannel.Events {
    private final JsRuntime runtime;
    private final EventLoop loop;
    private final Value onEvent;
    private final FdChannel channel;
    /** Active while reading. */
    private final HandleRef liveness;
    private int queuedWrites;
    /** Descriptors the peer passed, in arrival order, until JavaScript takes them. */
    private final ConcurrentLinkedQueue<Integer> receivedFds = new ConcurrentLinkedQueue<>();

    StreamHandle(JsRuntime runtime, int fd, boolean nonBlockingWrites, boolean ownsFd, Value onEvent) {
        this.runtime = runtime;
        this.loop = runtime.loop();
        this.onEvent = onEvent;
        this.channel = new FdChannel(fd, ownsFd, this);
        this.liveness = new HandleRef(loop, false);
        if (nonBlockingWrites) {
            channel.makeNonBlocking();
        }
    }

    /**
     * Writes a copy of the region now if it fits, else queues it: {@link FdChannel#WRITTEN}, {@link
     * FdChannel#QUEUED} (a "written" event with {@code requestId} follows) or the negative errno.
     */
    @HostAccess.Export
    public int write(Value arrayBuffer, int offset, int length, double requestId) {
        return writeWithFd(arrayBuffer, offset, length, requestId, -1);
    }

    /** {@link #write} with descriptor {@code passFd} sent along, on an IPC channel (see {@link #passFds}). */
    @HostAccess.Export
    public int writeWithFd(Value arrayBuffer, int offset, int length, double requestId, int passFd) {
        byte[] bytes = new byte[length];
        arrayBuffer.readBuffer(offset, bytes, 0, length);
        int result = channel.write(bytes, (long) requestId, passFd);
        if (result == FdChannel.QUEUED) {
            queuedWrites++;
            loop.ref();
        }
        return result;
    }

    /** The descriptor, for passing it on (an IPC channel's {@code process.channel.fd}). */
    @HostAccess.Export
    public int fd() {
        return channel.fd();
    }

    /**
     * The descriptor, for a child process to use as its stdin, stdout or stderr: we stop reading it, and it
     * becomes blocking again (a shared file description: programs expect blocking stdio, as libuv gives them).
     */
    @HostAccess.Export
    public int fdForChildStdio() {
        readStop();
        Fds.setNonBlocking(channel.fd(), false);
        return channel.fd();
    }

    /** Makes this an IPC channel that passes descriptors (child_process handles) along with its bytes. */
    @HostAccess.Export
    public void passFds() {
        channel.passFds();
    }

    /** The oldest descriptor the peer passed that nobody took yet, or -1. */
    @HostAccess.Export
    public int takeFd() {
        Integer fd = receivedFds.poll();
        return fd == null ? -1 : fd;
    }

    @Override
    public void receivedFd(int fd) {
        receivedFds.add(fd);
    }

    @HostAccess.Export
    public void readStart() {
        if (!liveness.isActive()) {
            liveness.setActive(true);
            channel.readStart();
        }
    }

    @HostAccess.Export
    public void readStop() {
        if (liveness.isActive()) {
            liveness.setActive(false);
            channel.readStop();
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

    @HostAccess.Export
    public void close() {
        readStop();
        channel.close();
        for (Integer fd = receivedFds.poll(); fd != null; fd = receivedFds.poll()) {
            Fds.close(fd);
        }
        for (; queuedWrites > 0; queuedWrites--) {
            loop.unref();
        }
    }

    @Override
    public void data(byte[] chunk) {
        loop.post(() -> runtime.invoke(onEvent, "data", ByteBuffer.wrap(chunk), null));
    }

    @Override
    public void end() {
        loop.post(() -> {
            liveness.setActive(false);
            runtime.invoke(onEvent, "end", null, null);
        });
    }

    @Override
    public void readFailed(int errno) {
        loop.post(() -> {
            liveness.setActive(false);
            runtime.invoke(onEvent, "error", errno, null);
        });
    }

    @Override
    public void written(long requestId, int errno) {
        loop.post(() -> {
            if (queuedWrites > 0) {
                queuedWrites--;
                loop.unref();
            }
            runtime.invoke(onEvent, "written", (double) requestId, errno);
        });
    }
}
