package dev.jnode.childprocess;

import dev.jnode.engine.JsRuntime;
import dev.jnode.loop.EventLoop;
import java.nio.ByteBuffer;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * A child started by {@code spawn}: its {@link ChildPump} runs on a thread of its own and every event reaches
 * JavaScript through the loop ({@code onEvent(kind, a, b)} with kind {@code "data"} (index, bytes),
 * {@code "end"} (index), {@code "exit"} (exit code or -1, signal number or -1) or {@code "inputError"}
 * (errno)). The process keeps the loop alive while it runs and is ref'd; each open output pipe keeps it alive
 * until its end, as libuv's handles do.
 */
public final class AsyncChild implements ChildPump.Events {
    private final JsRuntime runtime;
    private final EventLoop loop;
    private final Value onEvent;
    private final ChildPump pump;
    /** Output pipes still open, as the JS thread sees them (each holds a loop ref). */
    private final boolean[] reading;
    private boolean refed = true;
    private boolean running = true;

    AsyncChild(JsRuntime runtime, Spawner.Started child, Value onEvent) {
        this.runtime = runtime;
        this.loop = runtime.loop();
        this.onEvent = onEvent;
        this.pump = new ChildPump(child, this, true);
        this.reading = new boolean[child.pipes().length];
        loop.ref();
        for (int i = 1; i < reading.length; i++) {
            if (child.pipes()[i] >= 0) {
                reading[i] = true;
                loop.ref();
            }
        }
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

    /** kill(2) unless the child was already reaped; 0 or the negative errno (ESRCH once it has ended). */
    @HostAccess.Export
    public int kill(int signal) {
        return pump.kill(signal);
    }

    @HostAccess.Export
    public void ref() {
        if (!refed && running) {
            loop.ref();
        }
        refed = true;
    }

    @HostAccess.Export
    public void unref() {
        if (refed && running) {
            loop.unref();
        }
        refed = false;
    }

    /** Queues bytes (a copy, taken now) for the child's stdin. */
    @HostAccess.Export
    public void write(Value arrayBuffer, int offset, int length) {
        byte[] bytes = new byte[length];
        arrayBuffer.readBuffer(offset, bytes, 0, length);
        pump.execute(() -> pump.write(bytes));
    }

    /** Closes the child's stdin once what was queued is written. */
    @HostAccess.Export
    public void endInput() {
        pump.execute(pump::endInput);
    }

    /** Stops reading pipe {@code index} (a destroyed stdout, for instance); no "end" event follows. */
    @HostAccess.Export
    public void stopReading(int index) {
        if (reading[index]) {
            reading[index] = false;
            loop.unref();
            pump.execute(() -> pump.closeOutput(index));
        }
    }

    @Override
    public void output(int index, byte[] chunk) {
        loop.post(() -> {
            if (reading[index]) {
                runtime.invoke(onEvent, "data", index, ByteBuffer.wrap(chunk));
            }
        });
    }

    @Override
    public void outputEnd(int index) {
        loop.post(() -> {
            if (reading[index]) {
                reading[index] = false;
                loop.unref();
                runtime.invoke(onEvent, "end", index, null);
            }
        });
    }

    @Override
    public void exited(int exitCode, int signal) {
        loop.post(() -> {
            running = false;
            if (refed) {
                loop.unref();
            }
            runtime.invoke(onEvent, "exit", exitCode, signal);
        });
    }

    @Override
    public void inputFailed(int errno) {
        loop.post(() -> runtime.invoke(onEvent, "inputError", errno, null));
    }
}
