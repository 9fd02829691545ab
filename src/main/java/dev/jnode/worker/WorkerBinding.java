package dev.jnode.worker;

import dev.jnode.cli.Options;
import dev.jnode.engine.JsRuntime;
import dev.jnode.engine.LaunchInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/** {@code internalBinding('worker')}: message channels, shared memory and worker threads. */
public final class WorkerBinding {
    private static final AtomicInteger NEXT_THREAD_ID = new AtomicInteger(1);

    private final JsRuntime runtime;
    private final LaunchInfo launch;

    public WorkerBinding(JsRuntime runtime, LaunchInfo launch) {
        this.runtime = runtime;
        this.launch = launch;
    }

    /** This thread's id, its threadName and its ends of the channels to its parent; null on the main thread. */
    @HostAccess.Export
    public Object[] self() {
        WorkerInfo info = runtime.worker();
        return info == null ? null
                : new Object[] {info.threadId(), info.threadName(), info.publicPort(), info.controlPort()};
    }

    @HostAccess.Export
    public Object[] messageChannel() {
        return MessagePortHandle.pair();
    }

    @HostAccess.Export
    public MessagePortHandle broadcastChannel(String name) {
        return MessagePortHandle.broadcast(name);
    }

    /**
     * A worker (not yet started) that runs {@code entry} (a path, or code when {@code mode} is EVAL, an ES module
     * when {@code inputType} is "module") with process.argv {@code argv} and process.execArgv {@code execArgv};
     * {@code ownExecArgv} is the execArgv option (null: the worker keeps this thread's options and --require
     * modules). It owns the far ends of the two channels.
     */
    @HostAccess.Export
    public WorkerHandle createWorker(String mode, String entry, String inputType, Value argv, Value execArgv,
                                     Value ownExecArgv, String threadName, MessagePortHandle publicPort,
                                     MessagePortHandle controlPort) {
        List<String> preload = launch.preload();
        Map<String, Object> options = launch.optionValues();
        if (!ownExecArgv.isNull()) {
            Options own;
            try {
                own = Options.parse(null, strings(ownExecArgv));
            } catch (Options.BadOption e) {
                // internal/worker.js refuses every option Node refuses before it asks for a worker.
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            preload = own.list("--require");
            options = own.over(options);
        }
        LaunchInfo childLaunch = new LaunchInfo(strings(argv), strings(execArgv), LaunchInfo.Mode.valueOf(mode), entry,
                preload, inputType, launch.stackTraceLimit(), options);
        WorkerInfo info = new WorkerInfo(NEXT_THREAD_ID.getAndIncrement(), threadName, publicPort, controlPort);
        return new WorkerHandle(runtime, runtime.engine(), childLaunch, info);
    }

    /** What a SharedArrayBuffer's memory travels as. */
    @HostAccess.Export
    public Object shareMemory(Value sharedArrayBuffer) {
        return SharedMemory.of(sharedArrayBuffer);
    }

    /** A SharedArrayBuffer of this thread over memory another thread shared. */
    @HostAccess.Export
    public Value openMemory(Object memory) {
        return ((SharedMemory) memory).open();
    }

    private static List<String> strings(Value array) {
        List<String> list = new ArrayList<>();
        for (long i = 0, n = array.getArraySize(); i < n; i++) {
            list.add(array.getArrayElement(i).asString());
        }
        return List.copyOf(list);
    }
}
