package dev.jnode.loop;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The event loop of one JavaScript thread, with libuv's phases: timers, pending, poll, check, close.
 *
 * <p>Only the owning thread runs {@link #run()}; every other thread hands work to it through
 * {@link #post(Runnable)}, which wakes the poll phase. What the phases run is supplied by a
 * {@link Phases} implementation (the JavaScript side), so this class knows nothing about JS.
 */
public final class EventLoop {

    /** The JavaScript-facing work of each phase; each call is one outermost call into the engine. */
    public interface Phases {
        /** Runs the timers whose expiry is at or before {@code nowMs}. */
        void runTimers(long nowMs);

        /** Runs the immediates queued before this check phase began. */
        void runImmediates();

        /** Next timer expiry in loop milliseconds, or -1 when no timer is scheduled. */
        long nextTimerExpiry();

        /** True while a ref'd timer exists. */
        boolean hasRefedTimers();

        /** True while ref'd immediates are queued. */
        boolean hasRefedImmediates();

        /** True while any immediate is queued (ref'd or not): the poll phase must not block. */
        boolean hasImmediates();
    }

    /**
     * Readiness polling that takes the place of the poll phase's plain wait once sockets exist (Netty's
     * epoll handler, see dev.jnode.net.JsIoEventLoop): the JS thread itself waits in epoll and handles what is
     * ready, as libuv's loop does, with no thread hand-off.
     */
    public interface IoPoller {
        /** Waits up to {@code timeoutNanos} (negative: until woken; 0: only looks) and handles the ready I/O. */
        void poll(long timeoutNanos);

        /** Makes a waiting {@link #poll} return; called from other threads. */
        void wakeup();

        /** Nanoseconds until the poller's own next deadline (its scheduled tasks), or -1 for none. */
        long nextDeadlineNanos();

        /** Closes every channel still registered (a worker's sockets when it ends); on the loop's thread. */
        void close();
    }

    private final long startNanos = System.nanoTime();
    private final ConcurrentLinkedQueue<Runnable> posted = new ConcurrentLinkedQueue<>();
    /** Signalled async handles (libuv's uv_async_t) by creation order, with the callback each runs. */
    private final ConcurrentSkipListMap<Long, Runnable> signalled = new ConcurrentSkipListMap<>();
    private final AtomicBoolean signalsPosted = new AtomicBoolean();
    private final ArrayDeque<Runnable> pending = new ArrayDeque<>();
    private final ArrayDeque<Runnable> closing = new ArrayDeque<>();
    /** Handles and requests that keep the loop alive (sockets, servers, thread-pool work...). */
    private final AtomicInteger activeRefs = new AtomicInteger();
    private volatile Thread owner;
    private volatile boolean stopped;
    private long now;
    /** System.nanoTime() when run() first began, or -1 before; for performance.nodeTiming.loopStart. */
    private long loopStartNanoTime = -1;
    /** Time spent waiting in the poll phase, as libuv's idle-time metric (performance.eventLoopUtilization). */
    private long idleNanos;
    private Phases phases;
    private volatile IoPoller poller;

    public void setPhases(Phases phases) {
        this.phases = phases;
    }

    /** From now on the poll phase waits in {@code poller} (on the loop thread, when the first socket is made). */
    public void attachPoller(IoPoller poller) {
        this.poller = poller;
    }

    /** The attached poller, or null while the poll phase still parks the thread. */
    public IoPoller poller() {
        return poller;
    }

    /** The loop's cached time in milliseconds since it started, as libuv's {@code uv_now}. */
    public long now() {
        return now;
    }

    /** Refreshes the cached time, as {@code uv_update_time}. */
    public long updateTime() {
        now = (System.nanoTime() - startNanos) / 1_000_000L;
        return now;
    }

    /** System.nanoTime() when the loop first ran, or -1 while the main script still runs. */
    public long loopStartNanoTime() {
        return loopStartNanoTime;
    }

    /**
     * Nanoseconds the poll phase has spent in waits that could block (with sockets, that includes Netty reading
     * what became ready, which libuv would not count; JavaScript callbacks run outside it).
     */
    public long idleNanos() {
        return idleNanos;
    }

    /** Nanoseconds since the loop was created, for {@code performance.now()} and {@code hrtime}. */
    public long uptimeNanos() {
        return System.nanoTime() - startNanos;
    }

    /** Hands a task to the loop thread from any thread; it runs in the next poll phase. */
    public void post(Runnable task) {
        posted.add(task);
        Thread t = owner;
        if (t != null && t != Thread.currentThread()) {
            IoPoller io = poller;
            if (io != null) {
                io.wakeup();
            } else {
                LockSupport.unpark(t);
            }
        }
    }

    /**
     * Signals an async handle from any thread, as {@code uv_async_send}: the loop runs {@code callback} once however
     * often it was signalled, and runs the callbacks of all signalled handles in the order of {@code order}
     * (their creation), as libuv walks its async handles. Message ports use it, so that what several ports
     * received is handled port by port as Node does.
     */
    public void signal(long order, Runnable callback) {
        signalled.putIfAbsent(order, callback);
        if (signalsPosted.compareAndSet(false, true)) {
            post(this::runSignalled);
        }
    }

    private void runSignalled() {
        signalsPosted.set(false);
        Map.Entry<Long, Runnable> next;
        while (!stopped && (next = signalled.pollFirstEntry()) != null) {
            next.getValue().run();
        }
    }

    /** Queues a callback for the pending phase of the next iteration (deferred I/O callbacks). */
    public void defer(Runnable task) {
        pending.add(task);
    }

    /** Queues a callback for the close phase. */
    public void onClose(Runnable task) {
        closing.add(task);
    }

    /** A handle or request that keeps the process alive while it is active. */
    public void ref() {
        activeRefs.incrementAndGet();
    }

    public void unref() {
        activeRefs.decrementAndGet();
    }

    public void stop() {
        stopped = true;
    }

    /**
     * Releases what the loop's handles still hold, as a worker's end does in Node (the main thread's end is the
     * process's); on the loop's thread, after {@link #run()}.
     */
    public void close() {
        IoPoller io = poller;
        if (io != null) {
            io.close();
        }
    }

    /** True while anything would make another iteration do work. */
    public boolean isAlive() {
        return !stopped && (activeRefs.get() > 0 || phases.hasRefedTimers() || phases.hasRefedImmediates()
                || !pending.isEmpty() || !closing.isEmpty() || !posted.isEmpty());
    }

    /**
     * Runs iterations until nothing keeps the loop alive (or {@link #stop()} is called), in the order of
     * libuv 1.45+ (Node 24): due timers once on entry, then per iteration pending, poll, check, close and
     * the timers that became due.
     */
    public void run() {
        owner = Thread.currentThread();
        if (loopStartNanoTime < 0) {
            loopStartNanoTime = System.nanoTime();
        }
        updateTime();
        boolean alive = isAlive();
        if (alive) {
            phases.runTimers(now);
        }
        while (alive && !stopped) {
            runQueue(pending);
            poll();
            if (phases.hasImmediates()) {
                phases.runImmediates();
            }
            runQueue(closing);
            phases.runTimers(updateTime());
            alive = isAlive();
        }
    }

    private void runQueue(ArrayDeque<Runnable> queue) {
        for (int n = queue.size(); n > 0 && !stopped; n--) {
            queue.poll().run();
        }
    }

    private void poll() {
        long timeoutNanos = posted.isEmpty() ? pollTimeoutNanos() : 0;
        IoPoller io = poller;
        if (io != null) {
            long own = io.nextDeadlineNanos();
            if (own >= 0 && (timeoutNanos < 0 || own < timeoutNanos)) {
                timeoutNanos = own;
            }
        }
        boolean mayWait = timeoutNanos != 0;
        long waitStart = mayWait ? System.nanoTime() : 0;
        if (io != null) {
            io.poll(timeoutNanos);
        } else if (timeoutNanos < 0) {
            LockSupport.park(this);
        } else if (timeoutNanos > 0) {
            LockSupport.parkNanos(this, timeoutNanos);
        }
        if (mayWait) {
            idleNanos += System.nanoTime() - waitStart;
        }
        updateTime();
        Runnable task;
        while (!stopped && (task = posted.poll()) != null) {
            task.run();
        }
    }

    /** 0 = don't block, negative = block until woken, else the wait until the next timer. */
    private long pollTimeoutNanos() {
        // As libuv: nothing ref'd means nothing to wait for, even if unref'd timers are pending.
        if (stopped || phases.hasImmediates() || !pending.isEmpty() || !closing.isEmpty() || !isAlive()) {
            return 0;
        }
        long expiry = phases.nextTimerExpiry();
        if (expiry >= 0) {
            long delayMs = expiry - updateTime();
            return delayMs <= 0 ? 0 : TimeUnit.MILLISECONDS.toNanos(delayMs);
        }
        return activeRefs.get() > 0 ? -1 : 0;
    }
}
