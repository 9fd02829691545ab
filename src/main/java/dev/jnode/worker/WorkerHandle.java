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
 * {@code parentPort}, and the control one for stdio, errors and start-up data).
 */
public final class WorkerHandle {
    private final Engine engine;
    private final LaunchInfo launch;
    private final WorkerInfo info;
    private final JsRuntime parent;
    private final HandleRef running;
    private volatile JsRuntime child;
    private volatile boolean terminating;

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
        Thread thread = new Thread(null, () -> {
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
                running.setActive(false);
                parent.invoke(onExit, exitCode);
            });
        }, "worker-" + info.threadId(), JsRuntime.JS_THREAD_STACK);
        thread.setDaemon(true);
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
