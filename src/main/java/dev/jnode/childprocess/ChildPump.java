package dev.jnode.childprocess;

import dev.jnode.posix.Fds;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayDeque;

/**
 * Moves a child's bytes and notices its exit, with one {@code poll(2)} over its pipes and a pidfd: input queued
 * for its stdin is written as the pipe accepts it, output is read as it arrives, and the exit status comes from
 * {@code waitpid} once the pidfd says the child has ended, so an exit code and a terminating signal stay
 * distinct. {@link #run} returns when the child has exited and every output pipe has reached its end (or was
 * abandoned), as libuv's loop does for {@code spawnSync}. The thread that calls {@link #run} owns the pump; other
 * threads may only {@link #kill} the child. An asynchronous child's pump gets no pipes and only waits for it.
 */
final class ChildPump implements AutoCloseable {
    /**
     * What the pump reports, on its own thread. Pipe events only come for pipes the pump was given (spawnSync's);
     * an asynchronous child's pipes are streams of their own.
     */
    interface Events {
        /** The child ended: its exit code, or the number of the signal that ended it (the other is -1). */
        void exited(int exitCode, int signal);

        default void output(int index, byte[] chunk) {
        }

        default void outputEnd(int index) {
        }

        /** Writing to the child's stdin failed (EPIPE: it closed it); the rest of the input is dropped. */
        default void inputFailed(int errno) {
        }
    }

    private static final int CHUNK = 64 * 1024;
    /** A pipe with room for any byte has room for a page: writes of this size never block. */
    private static final int WRITE_SLICE = 4096;

    private final int pid;
    private final int[] pipes;
    private final Events events;
    private final int pidfd;
    private final ArrayDeque<byte[]> input = new ArrayDeque<>();
    private int inputOffset;
    private boolean inputEnded;
    private volatile boolean exited;

    ChildPump(Spawner.Started child, Events events) {
        this.pid = child.pid();
        this.pipes = child.pipes().clone();
        this.events = events;
        this.pidfd = Libc.pidfdOpen(pid);
    }

    int pid() {
        return pid;
    }

    /** Queues bytes for the child's stdin (index 0); pump thread only. */
    void write(byte[] bytes) {
        if (pipes[0] >= 0 && bytes.length > 0) {
            input.add(bytes);
        }
    }

    /** Closes the child's stdin once the queued input is written; pump thread only. */
    void endInput() {
        inputEnded = true;
        if (input.isEmpty()) {
            closePipe(0);
        }
    }

    /** Stops reading and writing: every pipe is closed now (after a kill, as spawnSync does). */
    void abandonPipes() {
        input.clear();
        for (int i = 0; i < pipes.length; i++) {
            closePipe(i);
        }
    }

    /** Sends a signal unless the child was already reaped (its pid may then be someone else's); 0 or -errno. */
    int kill(int signal) {
        return exited ? -Libc.ESRCH : Libc.kill(pid, signal);
    }

    /**
     * Pumps until the child has exited and its output pipes are closed. After {@code timeoutNanos} (0: never)
     * {@code onTimeout} runs once, which typically kills the child and abandons the pipes.
     */
    void run(long timeoutNanos, Runnable onTimeout) {
        long deadlineNanos = System.nanoTime() + timeoutNanos;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Fds.errnoState(arena);
            MemorySegment buffer = arena.allocate(CHUNK);
            MemorySegment slice = arena.allocate(WRITE_SLICE);
            MemorySegment pollfds = arena.allocate((long) Fds.POLLFD_SIZE * (pipes.length + 2), 8);
            boolean deadlinePending = timeoutNanos > 0;
            while (!exited || hasOpenOutput()) {
                int count = fillPollSet(pollfds);
                int timeout = -1;
                if (deadlinePending) {
                    long left = deadlineNanos - System.nanoTime();
                    timeout = (int) Math.max(0, Math.min(Integer.MAX_VALUE, (left + 999_999) / 1_000_000));
                }
                int ready = count == 0 ? 0 : Fds.poll(state, pollfds, count, timeout);
                if (deadlinePending && System.nanoTime() - deadlineNanos >= 0) {
                    deadlinePending = false;
                    onTimeout.run();
                    continue;
                }
                if (ready <= 0) {
                    continue; // EINTR or a timeout that was not yet the deadline
                }
                for (int k = 0; k < count; k++) {
                    if (Fds.revents(pollfds, k) != 0) {
                        handle(pollfds.getAtIndex(ValueLayout.JAVA_INT, k * 2L), state, buffer, slice);
                    }
                }
            }
        }
    }

    private boolean hasOpenOutput() {
        for (int i = 1; i < pipes.length; i++) {
            if (pipes[i] >= 0) {
                return true;
            }
        }
        return false;
    }

    private int fillPollSet(MemorySegment pollfds) {
        int count = 0;
        if (!exited) {
            count = addPoll(pollfds, count, pidfd, Fds.POLLIN);
        }
        if (pipes.length > 0 && pipes[0] >= 0 && !input.isEmpty()) {
            count = addPoll(pollfds, count, pipes[0], Fds.POLLOUT);
        }
        for (int i = 1; i < pipes.length; i++) {
            if (pipes[i] >= 0) {
                count = addPoll(pollfds, count, pipes[i], Fds.POLLIN);
            }
        }
        return count;
    }

    private static int addPoll(MemorySegment pollfds, int count, int fd, int events) {
        Fds.setPollFd(pollfds, count, fd, events);
        return count + 1;
    }

    private void handle(int fd, MemorySegment state, MemorySegment buffer, MemorySegment slice) {
        if (fd == pidfd) {
            reap();
        } else if (pipes.length > 0 && fd == pipes[0]) {
            writeSome(state, slice);
        } else {
            for (int i = 1; i < pipes.length; i++) {
                if (pipes[i] == fd) {
                    readSome(i, state, buffer);
                    return;
                }
            }
        }
    }

    private void reap() {
        int status = Libc.reap(pid);
        if (status == -1) {
            return;
        }
        exited = true;
        int terminatingSignal = status & 0x7f;
        if (terminatingSignal == 0) {
            events.exited((status >> 8) & 0xff, -1);
        } else {
            events.exited(-1, terminatingSignal);
        }
    }

    private void readSome(int index, MemorySegment state, MemorySegment buffer) {
        long n = Fds.read(state, pipes[index], buffer);
        if (n == -Fds.EINTR || n == -Fds.EAGAIN) {
            return;
        }
        if (n <= 0) {
            closePipe(index);
            events.outputEnd(index);
            return;
        }
        events.output(index, buffer.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE));
    }

    private void writeSome(MemorySegment state, MemorySegment slice) {
        byte[] head = input.peek();
        int length = Math.min(WRITE_SLICE, head.length - inputOffset);
        MemorySegment.copy(head, inputOffset, slice, ValueLayout.JAVA_BYTE, 0, length);
        long n = Fds.write(state, pipes[0], slice, length);
        if (n == -Fds.EINTR || n == -Fds.EAGAIN) {
            return;
        }
        if (n < 0) {
            input.clear();
            closePipe(0);
            events.inputFailed((int) -n);
            return;
        }
        inputOffset += (int) n;
        if (inputOffset == head.length) {
            input.poll();
            inputOffset = 0;
            if (input.isEmpty() && inputEnded) {
                closePipe(0);
            }
        }
    }

    private void closePipe(int index) {
        if (pipes[index] >= 0) {
            Fds.close(pipes[index]);
            pipes[index] = -1;
        }
    }

    /** Releases the pump's descriptors; the pipes are already closed when {@link #run} returned normally. */
    @Override
    public void close() {
        abandonPipes();
        Fds.close(pidfd);
    }
}
