package dev.jnode.childprocess;

import dev.jnode.engine.JsRuntime;
import java.nio.ByteBuffer;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * {@code internalBinding('child_process')}: {@link #spawnSync} runs a child to its end on the JS thread;
 * {@link #spawn} starts one whose events arrive through the loop ({@link AsyncChild}). Failures to start come
 * back as negative errnos, which JavaScript turns into Node's errors ({@code spawnSync foo ENOENT}).
 */
public final class ChildProcessBinding {
    private final JsRuntime runtime;

    public ChildProcessBinding(JsRuntime runtime) {
        this.runtime = runtime;
    }

    private static Spawner.Request request(String file, String[] argv, String[] env, String cwd, int[] stdio,
            boolean detached) {
        return new Spawner.Request(file, argv, env, cwd, stdio, detached);
    }

    /**
     * Runs a child to its end. {@code input} is a typed array's buffer region or null. Returns
     * {@code [started, pid, exitCode, signal, errno, output]} where output is an array of ByteBuffers and nulls
     * (negative numbers mean "none").
     */
    @HostAccess.Export
    public Object[] spawnSync(String file, String[] argv, String[] env, String cwd, int[] stdio, boolean detached,
            Value input, int inputOffset, int inputLength, double timeoutMs, int killSignal, double maxBuffer) {
        byte[] bytes = null;
        if (input != null && !input.isNull()) {
            bytes = new byte[inputLength];
            input.readBuffer(inputOffset, bytes, 0, inputLength);
        }
        SyncRun.Result r = SyncRun.run(request(file, argv, env, cwd, stdio, detached), bytes, (long) timeoutMs,
                killSignal, maxBuffer);
        Object[] output = null;
        if (r.output() != null) {
            output = new Object[r.output().length];
            for (int i = 0; i < output.length; i++) {
                output[i] = r.output()[i] == null ? null : ByteBuffer.wrap(r.output()[i]);
            }
        }
        return new Object[] {r.started(), r.pid(), r.exitCode(), r.signal(), -r.errno(), output};
    }

    /** Starts a child; returns its {@link AsyncChild} handle, or the negative errno when it could not start. */
    @HostAccess.Export
    public Object spawn(String file, String[] argv, String[] env, String cwd, int[] stdio, boolean detached,
            Value onEvent) {
        Spawner.Started child;
        try {
            child = Spawner.spawn(request(file, argv, env, cwd, stdio, detached));
        } catch (SpawnException e) {
            return -e.errno();
        }
        return new AsyncChild(runtime, child, onEvent);
    }
}
