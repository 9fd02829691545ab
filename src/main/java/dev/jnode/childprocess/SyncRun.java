package dev.jnode.childprocess;

import java.io.ByteArrayOutputStream;

/**
 * One {@code spawnSync}: starts the child, feeds its stdin, collects its output and waits for it on the calling
 * thread, with Node's timeout and maxBuffer rules (both kill the child with the kill signal and stop its I/O;
 * the first error is the one reported: ETIMEDOUT, ENOBUFS, EPIPE).
 */
public final class SyncRun implements ChildPump.Events {
    private static final int ETIMEDOUT = 110;
    private static final int ENOBUFS = 105;
    private static final int SIGKILL = 9;

    /**
     * What happened. {@code pid} is 0 and {@code started} false when the child could not start; {@code output}
     * holds the bytes read from each pipe the child wrote to (null elsewhere); {@code exitCode} or {@code signal}
     * is -1; {@code errno} is 0 or the first error.
     */
    public record Result(boolean started, int pid, int exitCode, int signal, int errno, byte[][] output) {
    }

    private final ByteArrayOutputStream[] collected;
    private final double maxBuffer;
    private final int killSignal;
    private ChildPump pump;
    private long buffered;
    private boolean killed;
    private int errno;
    private int exitCode = -1;
    private int signal = -1;

    private SyncRun(int stdioCount, double maxBuffer, int killSignal) {
        this.collected = new ByteArrayOutputStream[stdioCount];
        this.maxBuffer = maxBuffer;
        this.killSignal = killSignal;
    }

    /**
     * Runs {@code request} to its end. {@code input} (may be null) goes to a piped stdin; {@code timeoutMs} 0
     * means none; {@code maxBuffer} bounds the bytes read from all pipes together (infinite: no bound).
     */
    public static Result run(Spawner.Request request, byte[] input, long timeoutMs, int killSignal,
            double maxBuffer) {
        Spawner.Started child;
        try {
            child = Spawner.spawn(request);
        } catch (SpawnException e) {
            return new Result(false, 0, -1, -1, e.errno(), null);
        }
        SyncRun run = new SyncRun(request.stdio().length, maxBuffer, killSignal);
        for (int i = 1; i < request.stdio().length; i++) {
            if (request.stdio()[i] == Spawner.PIPE) {
                run.collected[i] = new ByteArrayOutputStream();
            }
        }
        try (ChildPump pump = new ChildPump(child, run)) {
            run.pump = pump;
            if (input != null) {
                pump.write(input);
            }
            if (request.stdio().length > 0 && request.stdio()[0] == Spawner.PIPE) {
                pump.endInput();
            }
            pump.run(timeoutMs * 1_000_000L, () -> run.fail(ETIMEDOUT));
        }
        byte[][] output = new byte[run.collected.length][];
        for (int i = 0; i < output.length; i++) {
            output[i] = run.collected[i] == null ? null : run.collected[i].toByteArray();
        }
        return new Result(true, child.pid(), run.exitCode, run.signal, run.errno, output);
    }

    private void fail(int error) {
        if (errno == 0) {
            errno = error;
        }
        if (killed) {
            return;
        }
        killed = true;
        int rc = pump.kill(killSignal);
        if (rc < 0 && rc != -Libc.ESRCH) {
            if (errno == 0) {
                errno = -rc;
            }
            pump.kill(SIGKILL);
        }
        pump.abandonPipes();
    }

    @Override
    public void output(int index, byte[] chunk) {
        collected[index].write(chunk, 0, chunk.length);
        buffered += chunk.length;
        if (buffered > maxBuffer) {
            fail(ENOBUFS);
        }
    }

    @Override
    public void outputEnd(int index) {
    }

    @Override
    public void exited(int code, int terminatingSignal) {
        exitCode = code;
        signal = terminatingSignal;
    }

    @Override
    public void inputFailed(int error) {
        if (errno == 0) {
            errno = error;
        }
    }
}
