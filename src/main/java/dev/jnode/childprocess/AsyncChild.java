package dev.jnode.childprocess;

import dev.jnode.engine.JsRuntime;
import dev.jnode.loop.EventLoop;
import dev.jnode.loop.HandleRef;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * A child started by {@code spawn}: its {@link ChildPump} waits for its exit on a thread of its own, and the exit
 * reaches JavaScript through the loop ({@code onEvent("exit", exit code or -1, signal number or -1)}). Our ends
 * of its pipes are handed to JavaScript ({@link #pipeFd}), which makes them streams (internalBinding('stdio'))
 * owning the descriptors. The process keeps the loop alive while it runs and is ref'd, as a libuv process
 * handle does.
 */
public final class AsyncChild implements ChildPump.Events {
    private final JsRuntime runtime;
    private final EventLoop loop;
    private final Value onEvent;
    private final ChildPump pump;
    private final int[] pipes;
    /** Active while the child runs. */
    private final HandleRef liveness;

    AsyncChild(JsRuntime runtime, Spawner.Started child, Value onEvent) {
        this.runtime = runtime;
        this.loop = runtime.loop();
        this.onEvent = onEvent;
        this.pipes = child.pipes();
        this.pump = new ChildPump(new Spawner.Started(child.pid(), new int[0]), this);
        this.liveness = new HandleRef(loop, true);
        Thread thread = new Thread(() -> {
            try (pump) {
                pump.run(0, null);
            }
        }, "jnode-child-" + child.pid());
        thread.setDaemon(true);
        thread.start();
    }

    @HostAccess.Export
    public int pid() {
        return pump.pid();
    }

    /** Our end of the pipe at stdio index {@code index}, or -1; JavaScript takes ownership of it. */
    @HostAccess.Export
    public int pipeFd(int index) {
        return index < pipes.length ? pipes[index] : -1;
    }

    /** kill(2) unless the child was already reaped; 0 or the negative errno (ESRCH once it has ended). */
    @HostAccess.Export
    public int kill(int signal) {
        return pump.kill(signal);
    }

    @HostAccess.Export
    public void ref() {
        liveness.ref();
    }

    @HostAccess.Export
    public void unref() {
        liveness.unref();
    }

    @Override
    public void exited(int exitCode, int signal) {
        loop.post(() -> {
            liveness.setActive(false);
            runtime.invoke(onEvent, "exit", exitCode, signal);
        });
    }
}
