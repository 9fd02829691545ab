package dev.jnode.engine;

import dev.jnode.loop.EventLoop;
import dev.jnode.module.FileUrl;
import dev.jnode.module.ModuleFileSystem;
import dev.jnode.worker.WorkerInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.io.IOAccess;

/**
 * One JavaScript thread: its GraalJS context, its event loop and the bootstrap that installs Node's globals.
 *
 * <p>Every call from Java into JavaScript goes through {@link #invoke}, which drains the nextTick queue
 * after the callback; GraalJS runs the promise jobs as that outermost call returns, and the shared
 * {@link LoopState} tells us whether those jobs queued new ticks.
 */
public final class JsRuntime {
    private static volatile boolean stackWalkingReady;

    /**
     * Initialises Truffle's stack-walking class while there is stack to spare: the first error whose stack is
     * captured at the bottom of a runaway recursion would otherwise fail the class's initialisation for good,
     * and every later stack trace with it (NoClassDefFoundError instead of a RangeError).
     */
    private static void initStackWalking() {
        if (stackWalkingReady) {
            return;
        }
        try {
            Class.forName("com.oracle.truffle.api.frame.FrameInstance$FrameAccess", true,
                    Engine.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            // Another Truffle version: nothing to prepare.
        }
        stackWalkingReady = true;
    }

    /** Node's stack is about 1 MB of native frames; GraalJS frames are bigger, so every JS thread gets room. */
    public static final long JS_THREAD_STACK = 64L << 20;
    private static final String LIB_ROOT = "/jnode/lib/";
    private static final ThreadLocal<JsRuntime> CURRENT = new ThreadLocal<>();

    private final Context context;
    /** What GraalJS's ES module loader reads; the module binding adds the module texts jnode makes up. */
    private final ModuleFileSystem moduleFiles = new ModuleFileSystem();
    private final EventLoop loop = new EventLoop();
    private final LoopState state = new LoopState();
    private final Bindings bindings;
    private final LaunchInfo launch;
    private final Engine engine;
    private final WorkerInfo worker;
    private volatile boolean terminating;
    /**
     * What other threads can see (message ports, workers started here) that this runtime owns: closed when a
     * worker's runtime ends.
     */
    private final Set<AutoCloseable> shared = ConcurrentHashMap.newKeySet();
    private Value hooks;
    // The two hooks every I/O callback goes through, looked up once (a member read from Java is not free).
    private Value callbackHook;
    private Value drainTicksHook;

    public JsRuntime(Engine engine, LaunchInfo launch) {
        this(engine, launch, null);
    }

    /** A runtime for a worker thread when {@code worker} is not null. */
    public JsRuntime(Engine engine, LaunchInfo launch, WorkerInfo worker) {
        initStackWalking();
        this.context = Context.newBuilder("js", "wasm")
                .engine(engine)
                .allowExperimentalOptions(true)
                // GraalJS's WebAssembly global evaluates wasm code; JavaScript gets no polyglot API (no builtin).
                .allowPolyglotAccess(PolyglotAccess.newBuilder().allowEval("js", "wasm").allowBindingsAccess("js")
                        .allowBindingsAccess("wasm").build())
                .allowHostAccess(HostAccess.newBuilder(HostAccess.EXPLICIT).allowBufferAccess(true)
                        .allowArrayAccess(true).allowListAccess(true).build())
                .options(EngineOptions.contextOptions(launch, worker != null))
                .allowIO(IOAccess.newBuilder().fileSystem(moduleFiles).build())
                .out(System.out)
                .err(System.err)
                .build();
        this.launch = launch;
        this.engine = engine;
        this.worker = worker;
        this.bindings = new Bindings(this, launch);
    }

    /** The runtime whose JavaScript runs on the current thread, or null. */
    public static JsRuntime current() {
        return CURRENT.get();
    }

    /** {@code handle} belongs to this runtime from now on: a worker's end closes it. */
    public void own(AutoCloseable handle) {
        shared.add(handle);
    }

    public void disown(AutoCloseable handle) {
        shared.remove(handle);
    }

    /** The engine this runtime's context runs on, which its workers share. */
    public Engine engine() {
        return engine;
    }

    /** This worker's identity and channels, or null on the main thread. */
    public WorkerInfo worker() {
        return worker;
    }

    public Context context() {
        return context;
    }

    public ModuleFileSystem moduleFiles() {
        return moduleFiles;
    }

    public EventLoop loop() {
        return loop;
    }

    /** Runs the bootstrap, then the entry point, then the loop; returns the process exit code. */
    public int run() {
        CURRENT.set(this);
        context.enter();
        try {
            StartupTrace.mark("context ready");
            context.eval(librarySource("internal/bootstrap/json_parse").internal(true).buildLiteral())
                    .executeVoid((ProxyExecutable) text -> V8JsonMessages.describe(text[0].asString()));
            Value bootstrap = context.eval(librarySource("internal/bootstrap/node").buildLiteral());
            hooks = bootstrap.execute(bindings, state.buffer(), worker != null);
            callbackHook = hooks.getMember("callback");
            drainTicksHook = hooks.getMember("drainTicks");
            StartupTrace.mark("bootstrap done");
            loop.setPhases(new JsPhases());
            guarded(() -> hooks.getMember("runMain").execute(launch.mode().name(), launch.entry(),
                    launch.preload().toArray(String[]::new), launch.inputType()));
            drainTicks();
            StartupTrace.mark("main script done");
            while (true) {
                loop.run();
                if (terminating) {
                    return 1;
                }
                guarded(() -> hooks.getMember("emitBeforeExit").execute());
                drainTicks();
                if (!loop.isAlive()) {
                    break;
                }
            }
            return terminating ? 1 : hooks.getMember("emitExit").execute().asInt();
        } finally {
            if (worker != null) {
                loop.close();
                closeShared();
            }
            try {
                context.leave();
            } catch (IllegalStateException e) {
                // terminate() closed the context under this thread.
            }
            CURRENT.remove();
        }
    }

    /**
     * Ends a worker's runtime from another thread: its loop stops at once, and JavaScript still running is
     * cancelled (closing the context interrupts it; that waits for the thread, so it happens on a thread of its own).
     */
    public void terminate() {
        terminating = true;
        loop.stop();
        loop.post(() -> { });
        Thread closer = new Thread(this::close, "worker-terminate");
        closer.setDaemon(true);
        closer.start();
    }

    private void closeShared() {
        for (AutoCloseable handle : shared) {
            try {
                handle.close();
            } catch (Exception e) {
                // Closing fails only for a handle that is already closed.
            }
        }
        shared.clear();
    }

    /** Frees the context once its thread is done with it (a worker's end). */
    public void close() {
        try {
            context.close(true);
        } catch (IllegalStateException | PolyglotException e) {
            // Already closed, or closing under a cancelled thread: either way it is gone.
        }
    }

    /** Calls a JavaScript function as an outermost call, then drains ticks and microtasks as Node does. */
    public void invoke(Value fn, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = fn;
        System.arraycopy(args, 0, all, 1, args.length);
        guarded(() -> callbackHook.execute(all));
        drainTicks();
    }

    private void drainTicks() {
        while (state.tickPending()) {
            guarded(drainTicksHook::execute);
        }
    }

    /**
     * Runs one outermost call into JavaScript; an exception it throws is an uncaught exception, handed
     * to process's 'uncaughtException' machinery with the location Node prints above the stack.
     * Returns false when the call threw.
     */
    private boolean guarded(Runnable call) {
        try {
            call.run();
            return true;
        } catch (PolyglotException e) {
            if (!e.isGuestException() || e.isExit() || e.isInterrupted() || e.isCancelled()) {
                throw e;
            }
            // Every hook reports its own exceptions: what reaches here was thrown by a job GraalJS ran after it.
            reportUncaught(e, true);
            return false;
        }
    }

    void reportUncaught(PolyglotException e) {
        reportUncaught(e, false);
    }

    /** {@code fromJobs}: thrown while GraalJS ran its job queue at the end of an outermost call. */
    private void reportUncaught(PolyglotException e, boolean fromJobs) {
        Value error = e.getGuestObject();
        SourceSection at = throwSite(e);
        Object[] where = {null, 0, 0, 0, null};
        if (at != null && at.getSource() != null && at.hasLines()) {
            Source source = at.getSource();
            int line = at.getStartLine();
            int column = at.getStartColumn();
            String text = source.getCharacters(line).toString();
            if (line == 1) {
                int offset = bindings.natives().wrapperOffset(source);
                column = Math.max(1, column - offset);
                text = text.substring(Math.min(offset, text.length()));
            }
            where = new Object[] {locationName(source), line, column, throwKeywordColumn(text, column), text};
        }
        Object[] args = {error, where[0], where[1], where[2], where[3], where[4], fromJobs};
        guarded(() -> hooks.getMember("onUncaught").execute(args));
    }

    /** An ES module is named by its URL, as Node names it; other code by its source's name (a path, node:...). */
    private static String locationName(Source source) {
        String path = source.getPath();
        if (path != null && "application/javascript+module".equals(source.getMimeType())) {
            return FileUrl.of(Path.of(path));
        }
        return source.getName();
    }

    /**
     * Where Node would put its caret: the throw statement. GraalJS reports it for thrown primitives; for
     * error objects we take where the error was created, which for {@code throw new Error()} is the same line.
     */
    private static SourceSection throwSite(PolyglotException e) {
        if (e.getSourceLocation() != null) {
            return e.getSourceLocation();
        }
        for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
            if (frame.isGuestFrame() && frame.getSourceLocation() != null) {
                return frame.getSourceLocation();
            }
        }
        return null;
    }

    /** Moves a caret at {@code new Error(...)} back to the {@code throw} right before it, if there is one. */
    public static int throwKeywordColumn(String line, int column) {
        int i = Math.min(column - 1, line.length());
        int end = i;
        while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        if (end >= 5 && line.startsWith("throw", end - 5) && (end == 5 || !Character.isJavaIdentifierPart(line.charAt(end - 6)))) {
            return end - 5 + 1;
        }
        return column;
    }

    /** Source of a library module under src/main/resources/jnode/lib, named as Node names its internals. */
    public static Source.Builder librarySource(String id) {
        String text = readLibrary(id);
        if (text == null) {
            throw new IllegalArgumentException("no such library module: " + id);
        }
        return Source.newBuilder("js", text, "node:" + id).cached(true);
    }

    /** The text of a library module, or null when jnode has none of that name. */
    public static String readLibrary(String id) {
        try (InputStream in = JsRuntime.class.getResourceAsStream(LIB_ROOT + id + ".js")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Line {@code line} (1-based) of a library module's source, or null: for error reports that point into it. */
    static String libraryLine(String id, int line) {
        String text = readLibrary(id);
        if (text == null || line < 1) {
            return null;
        }
        return text.lines().skip(line - 1L).findFirst().orElse(null);
    }

    /** The phases of the loop, run by the JavaScript timer and immediate queues. */
    private final class JsPhases implements EventLoop.Phases {
        @Override
        public void runTimers(long nowMs) {
            long next = state.nextTimerExpiry();
            if (next < 0 || next > nowMs) {
                return;
            }
            Value runTimer = hooks.getMember("runTimer");
            boolean[] ran = {false};
            do {
                ran[0] = false;
                boolean ok = guarded(() -> ran[0] = runTimer.execute(nowMs).asBoolean());
                drainTicks();
                if (!ok) {
                    ran[0] = true;
                }
            } while (ran[0]);
        }

        @Override
        public void runImmediates() {
            Value runImmediate = hooks.getMember("runImmediate");
            boolean[] ran = {false};
            boolean first = true;
            do {
                boolean isFirst = first;
                first = false;
                ran[0] = false;
                boolean ok = guarded(() -> ran[0] = runImmediate.execute(isFirst).asBoolean());
                drainTicks();
                if (!ok) {
                    ran[0] = true;
                }
            } while (ran[0]);
        }

        @Override
        public long nextTimerExpiry() {
            return state.nextTimerExpiry();
        }

        @Override
        public boolean hasRefedTimers() {
            return state.refedTimers() > 0;
        }

        @Override
        public boolean hasRefedImmediates() {
            return state.refedImmediates() > 0;
        }

        @Override
        public boolean hasImmediates() {
            return state.immediates() > 0;
        }
    }

    /**
     * Memory shared with JavaScript (an Int32Array and a Float64Array over one direct buffer), so the loop
     * reads the queues' state without a call into the engine.
     */
    LoopState state() {
        return state;
    }

    static final class LoopState {
        // Int32 slots
        static final int TICK_PENDING = 0;
        static final int REFED_TIMERS = 1;
        static final int IMMEDIATES = 2;
        static final int REFED_IMMEDIATES = 3;
        // Promise rejection events waiting for the tick drain ({@link TaskQueueBinding}); at byte offset 24.
        static final int REJECTION_EVENTS = 6;
        // Float64 slot, at byte offset 16
        static final int NEXT_TIMER_EXPIRY = 2;

        private final ByteBuffer buffer = ByteBuffer.allocateDirect(32).order(ByteOrder.nativeOrder());

        LoopState() {
            buffer.putDouble(NEXT_TIMER_EXPIRY * 8, -1);
        }

        ByteBuffer buffer() {
            return buffer;
        }

        boolean tickPending() {
            return buffer.getInt(TICK_PENDING * 4) != 0 || buffer.getInt(REJECTION_EVENTS * 4) != 0;
        }

        void setRejectionEvents(int count) {
            buffer.putInt(REJECTION_EVENTS * 4, count);
        }

        int refedTimers() {
            return buffer.getInt(REFED_TIMERS * 4);
        }

        int immediates() {
            return buffer.getInt(IMMEDIATES * 4);
        }

        int refedImmediates() {
            return buffer.getInt(REFED_IMMEDIATES * 4);
        }

        long nextTimerExpiry() {
            return (long) Math.ceil(buffer.getDouble(NEXT_TIMER_EXPIRY * 8));
        }
    }
}
