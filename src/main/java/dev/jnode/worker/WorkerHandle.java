package dev.jnode.worker;

import dev.jnode.engine.JsRuntime;
import dev.jnode.engine.LaunchInfo;
import dev.jnode.loop.HandleRef;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * A worker thread as its parent sees it: a Java thread running its own {@link JsRuntime} (its own context and
 * loop) on the parent's Engine, so that the code GraalJS has already parsed and compiled is shared. The parent
 * talks to it only through the two channels whose far ends it passes in (the public one behind
 * {@code parentPort}, and the control one for stdio, errors and start-up data). The parent's runtime owns it
 * while it runs: a worker that ends takes the workers it started with it, as Node's do.
 */
public final class WorkerHandle implements AutoCloseable {
    /** How long a worker that ends waits for a worker it started to stop. */
    private static final long CHILD_STOP_MILLIS = 10_000;

    private final Engine engine;
    private final LaunchInfo launch;
    private final WorkerInfo info;
    private final JsRuntime parent;
    private final HandleRef running;
    private volatile JsRuntime child;
    private volatile boolean terminating;
    private Thread thread;

    WorkerHandle(JsRuntime parent, Engine engine, LaunchInfo launch, WorkerInfo info) {
        this.parent = parent;
        this.engine = engine;
        this.launch = launch;
        this.info = info;
        this.running = new HandleRef(parent.loop(), false);
    }

    @HostAccess.Export
    public int threadId() {
        return info.threadId();
    }

    /** Starts the thread; {@code onExit(code)} runs on the parent's loop after everything the worker sent. */
    @HostAccess.Export
    public void start(Value onExit) {
        running.setActive(true);
        thread = new Thread(null, () -> {
            int code;
            try {
                code = runChild();
            } catch (RuntimeException | Error e) {
                // A bug of jnode's own, as Main reports one; the parent still sees the worker end.
                System.err.println("jnode: internal error in worker " + info.threadId() + " (please report it):");
                e.printStackTrace();
                code = 70;
            }
            int exitCode = code;
            parent.loop().post(() -> {
                parent.disown(this);
                running.setActive(false);
                parent.invoke(onExit, exitCode);
            });
        }, "worker-" + info.threadId(), JsRuntime.JS_THREAD_STACK);
        thread.setDaemon(true);
        parent.own(this);
        thread.start();
    }

    private int runChild() {
        JsRuntime runtime = null;
        try {
            runtime = new JsRuntime(engine, launch, info);
            child = runtime;
            if (terminating) {
                return 1;
            }
            return runtime.run();
        } catch (PolyglotException e) {
            if (e.isExit() && !terminating) {
                return e.getExitStatus();
            }
            if (e.isCancelled() || e.isInterrupted() || terminating) {
                return 1;
            }
            throw e;
        } catch (IllegalStateException e) {
            if (terminating) {
                return 1; // the context was closed under the thread by terminate()
            }
            throw e;
        } finally {
            info.publicPort().close();
            info.controlPort().close();
            if (runtime != null) {
                runtime.close();
            }
        }
    }

    /** Stops the worker as soon as possible (exit code 1), even in the middle of its JavaScript. */
    @HostAccess.Export
    public void terminate() {
        if (terminating) {
            return;
        }
        terminating = true;
        JsRuntime runtime = child;
        if (runtime != null) {
            runtime.terminate();
        }
    }

    /**
     * The parent's runtime is ending: stop this worker and wait for its thread (bounded). The wait goes on through
     * interrupts, since terminating the parent itself interrupts the parent's thread.
     */
    @Override
    public void close() {
        terminate();
        if (thread == Thread.currentThread()) {
            return;
        }
        long deadline = System.nanoTime() + CHILD_STOP_MILLIS * 1_000_000;
        boolean interrupted = false;
        while (thread.isAlive() && System.nanoTime() < deadline) {
            try {
                thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @HostAccess.Export
    public void ref() {
        running.ref();
    }

    @HostAccess.Export
    public void unref() {
        running.unref();
    }

    @HostAccess.Export
    public boolean hasRef() {
        return running.hasRef();
    }
}
