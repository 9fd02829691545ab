package dev.jnode.loop;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;

/**
 * The pool for blocking work (files, DNS lookups, hashing...), like libuv's thread pool: a fixed number of
 * threads ({@code UV_THREADPOOL_SIZE}, default 4). Results go back to the submitting loop's thread.
 */
public final class WorkPool {
    private static final class Holder {
        static final WorkPool SHARED = new WorkPool(size());
    }

    private final ExecutorService executor;

    private WorkPool(int threads) {
        executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "jnode-pool");
            t.setDaemon(true);
            return t;
        });
    }

    private static int size() {
        try {
            int n = Integer.parseInt(System.getenv().getOrDefault("UV_THREADPOOL_SIZE", "4"));
            return Math.max(1, Math.min(n, 1024));
        } catch (NumberFormatException e) {
            return 4;
        }
    }

    public static WorkPool shared() {
        return Holder.SHARED;
    }

    /**
     * Runs {@code work} on the pool; {@code done} then runs on {@code loop}'s thread with the result or the
     * failure. The loop stays alive until then.
     */
    public <T> void submit(EventLoop loop, Callable<T> work, BiConsumer<T, Throwable> done) {
        loop.ref();
        executor.execute(() -> {
            T result = null;
            Throwable failure = null;
            try {
                result = work.call();
            } catch (Throwable t) {
                failure = t;
            }
            T r = result;
            Throwable f = failure;
            loop.post(() -> {
                loop.unref();
                done.accept(r, f);
            });
        });
    }
}
