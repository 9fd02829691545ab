package dev.jnode.stdio;

import dev.jnode.posix.Fds;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayDeque;

/**
 * A pipe, socket or terminal descriptor used as a stream without blocking the JavaScript thread, as libuv
 * drives stdio: a write is first tried at once on the caller's thread (the descriptor is non-blocking), and
 * only what the kernel did not take is queued for a pump thread, which waits in {@code poll(2)} for room and
 * reports each queued write when it completes. Reading happens on the pump thread while reading is on, so a
 * paused reader leaves its bytes in the kernel and the writer on the other side feels the backpressure.
 * The pump thread starts on first need and {@link Events} are called on it.
 */
public final class FdChannel implements AutoCloseable {
    /** What the pump reports, on its own thread. */
    public interface Events {
        void data(byte[] chunk);

        /** The other side closed: no more data. */
        void end();

        void readFailed(int errno);

        /** A queued write finished: {@code errno} is 0 or why it failed (EPIPE when the reader went away). */
        void written(long requestId, int errno);

        /** A descriptor the peer passed (see {@link #passFds}), reported before the data it came with. */
        default void receivedFd(int fd) {
        }
    }

    /** A write was fully taken by the kernel at once. */
    public static final int WRITTEN = 1;
    /** A write is queued; {@link Events#written} reports it. */
    public static final int QUEUED = 0;

    private static final int CHUNK = 64 * 1024;
    /** How long close waits for the pump thread to leave (it wakes at once; the bound only guards a stuck callback). */
    private static final long PUMP_EXIT_MILLIS = 1000;

    private final int fd;
    private final boolean ownsFd;
    private final Events events;
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    private boolean reading;
    private boolean closed;
    /** An IPC channel: reads take passed descriptors too (recvmsg), writes may carry one. */
    private volatile boolean passesFds;
    private int wakeFd = -1;
    private Thread pump;

    /** {@code passFd}: a descriptor that goes with the first bytes sent, or -1; set to -1 once it went. */
    private record Pending(long requestId, byte[] bytes, int[] offset, int[] passFd) {
        Pending(long requestId, byte[] bytes, int offset, int passFd) {
            this(requestId, bytes, new int[] {offset}, new int[] {passFd});
        }
    }

    /** {@code ownsFd}: close the descriptor with the channel (a child's pipe), else leave it open (stdio). */
    public FdChannel(int fd, boolean ownsFd, Events events) {
        this.fd = fd;
        this.ownsFd = ownsFd;
        this.events = events;
    }

    /** Makes writes non-blocking (libuv does the same to the pipes it is given); 0 or the negative errno. */
    public int makeNonBlocking() {
        return Fds.setNonBlocking(fd);
    }

    public int fd() {
        return fd;
    }

    /** Makes this the end of an IPC socket that passes descriptors (Node's handles) along with bytes. */
    public void passFds() {
        passesFds = true;
    }

    /**
     * Writes {@code bytes} now if the kernel takes them all, else queues the rest behind earlier writes.
     * Returns {@link #WRITTEN}, {@link #QUEUED} or the negative errno of a write that failed at once.
     */
    public int write(byte[] bytes, long requestId) {
        return write(bytes, requestId, -1);
    }

    /** {@link #write(byte[], long)} with descriptor {@code passFd} (or -1) sent along (see {@link #passFds}). */
    public int write(byte[] bytes, long requestId, int passFd) {
        synchronized (this) {
            if (closed) {
                return -Fds.EBADF;
            }
            if (!queue.isEmpty()) {
                queue.add(new Pending(requestId, bytes, 0, passFd));
                return QUEUED;
            }
        }
        int done = 0;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Fds.errnoState(arena);
            MemorySegment buf = arena.allocate(Math.max(1, bytes.length));
            MemorySegment scratch = passFd < 0 ? null : arena.allocate(Fds.MESSAGE_SCRATCH, 8);
            MemorySegment.copy(bytes, 0, buf, ValueLayout.JAVA_BYTE, 0, bytes.length);
            while (done < bytes.length) {
                long n = passFd < 0 ? Fds.write(state, fd, buf.asSlice(done), bytes.length - done)
                        : Fds.sendWithFd(state, fd, buf, bytes.length, passFd, scratch);
                if (n == -Fds.EINTR) {
                    continue;
                }
                if (n == -Fds.EAGAIN) {
                    break;
                }
                if (n < 0) {
                    return (int) n;
                }
                done += (int) n;
                passFd = -1;
            }
        }
        if (done == bytes.length) {
            return WRITTEN;
        }
        synchronized (this) {
            queue.add(new Pending(requestId, bytes, done, passFd));
            ensurePump();
        }
        Fds.signal(wakeFd);
        return QUEUED;
    }

    public synchronized int queuedWrites() {
        return queue.size();
    }

    public void readStart() {
        setReading(true);
    }

    public void readStop() {
        setReading(false);
    }

    private void setReading(boolean on) {
        synchronized (this) {
            if (reading == on || closed) {
                return;
            }
            reading = on;
            ensurePump();
        }
        Fds.signal(wakeFd);
    }

    /** Stops the pump and drops queued writes; an owned descriptor is closed once the pump let go of it. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            queue.clear();
            if (pump == null) {
                closeOwnedFd();
                return;
            }
        }
        Fds.signal(wakeFd);
        // Once close returns, the descriptor is never touched again: its owner may close it at once, and a number
        // the kernel hands out again must not be read by a pump that is still winding down.
        if (Thread.currentThread() != pump) {
            try {
                pump.join(PUMP_EXIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void closeOwnedFd() {
        if (ownsFd) {
            Fds.close(fd);
        }
    }

    private void ensurePump() {
        if (pump != null) {
            return;
        }
        int eventFd = Fds.eventfd();
        if (eventFd < 0) {
            throw new IllegalStateException("eventfd failed: errno " + -eventFd);
        }
        wakeFd = eventFd;
        pump = new Thread(this::pumpLoop, "jnode-fd-" + fd);
        pump.setDaemon(true);
        pump.start();
    }

    private void pumpLoop() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Fds.errnoState(arena);
            MemorySegment buffer = arena.allocate(CHUNK);
            MemorySegment scratch = arena.allocate(Fds.MESSAGE_SCRATCH, 8);
            MemorySegment pollfds = arena.allocate(2L * Fds.POLLFD_SIZE, 8);
            while (true) {
                int interest;
                synchronized (this) {
                    if (closed) {
                        break;
                    }
                    interest = (reading ? Fds.POLLIN : 0) | (queue.isEmpty() ? 0 : Fds.POLLOUT);
                }
                Fds.setPollFd(pollfds, 0, wakeFd, Fds.POLLIN);
                Fds.setPollFd(pollfds, 1, interest == 0 ? -1 : fd, interest);
                if (Fds.poll(state, pollfds, 2, -1) <= 0) {
                    continue;
                }
                synchronized (this) {
                    if (closed) {
                        break;
                    }
                }
                if (Fds.revents(pollfds, 0) != 0) {
                    Fds.drain(state, wakeFd, buffer);
                }
                int revents = Fds.revents(pollfds, 1);
                if (revents == 0) {
                    continue;
                }
                if ((interest & Fds.POLLIN) != 0) {
                    readSome(state, buffer, scratch);
                }
                if ((interest & Fds.POLLOUT) != 0) {
                    writeSome(state, buffer, scratch);
                }
            }
        } finally {
            Fds.close(wakeFd);
            closeOwnedFd();
        }
    }

    private void readSome(MemorySegment state, MemorySegment buffer, MemorySegment scratch) {
        long n = passesFds ? Fds.receiveWithFds(state, fd, buffer, scratch, events::receivedFd)
                : Fds.read(state, fd, buffer);
        if (n == -Fds.EINTR || n == -Fds.EAGAIN) {
            return;
        }
        if (n > 0) {
            // Delivered even if reading stopped meanwhile: the reader buffers what was already taken.
            events.data(buffer.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE));
            return;
        }
        synchronized (this) {
            reading = false;
        }
        if (n == 0) {
            events.end();
        } else {
            events.readFailed((int) -n);
        }
    }

    private void writeSome(MemorySegment state, MemorySegment buffer, MemorySegment scratch) {
        Pending head;
        synchronized (this) {
            head = queue.peek();
        }
        if (head == null) {
            return;
        }
        int offset = head.offset()[0];
        int length = (int) Math.min(buffer.byteSize(), head.bytes().length - offset);
        MemorySegment.copy(head.bytes(), offset, buffer, ValueLayout.JAVA_BYTE, 0, length);
        int passFd = head.passFd()[0];
        long n = passFd < 0 ? Fds.write(state, fd, buffer, length)
                : Fds.sendWithFd(state, fd, buffer, length, passFd, scratch);
        if (n == -Fds.EINTR || n == -Fds.EAGAIN) {
            return;
        }
        if (n < 0) {
            failQueued((int) -n);
            return;
        }
        head.passFd()[0] = -1;
        head.offset()[0] = offset + (int) n;
        if (head.offset()[0] == head.bytes().length) {
            synchronized (this) {
                queue.poll();
            }
            events.written(head.requestId(), 0);
        }
    }

    /** A failed write fails everything queued behind it, in order, as a broken pipe does. */
    private void failQueued(int errno) {
        Pending[] failed;
        synchronized (this) {
            failed = queue.toArray(Pending[]::new);
            queue.clear();
        }
        for (Pending pending : failed) {
            events.written(pending.requestId(), errno);
        }
    }
}
