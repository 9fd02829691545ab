package dev.jnode.engine;

import com.oracle.truffle.js.runtime.JSRealm;
import com.oracle.truffle.js.runtime.PromiseRejectionTracker;
import com.oracle.truffle.js.runtime.objects.JSDynamicObject;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * {@code internalBinding('task_queue')}: promise rejection events as V8 gives them to Node (a promise rejected
 * with no handler; a handler added to such a promise later), so that lib/internal/process/task_queues.js can
 * decide what is unhandled at Node's moment: after the nextTick queue and the microtasks have both drained.
 *
 * <p>GraalJS's own "handler" mode decides as soon as the microtasks drain, before pending nextTicks run, and
 * never says when a rejection is handled late. Its {@code PromiseRejectionTracker} interface says both, but
 * only through its internals ({@code JSContext.setPromiseRejectionTracker}), implemented here against GraalJS's
 * runtime classes; that needs the {@code --add-exports} of tools/jvm-options.sh. Without them
 * {@link #install()} answers false and JavaScript falls back to GraalJS's handler.
 *
 * <p>The tracker runs inside the engine, in the middle of JavaScript code, so it only records: the events wait
 * in a list, and a slot of the shared {@link JsRuntime.LoopState} makes the loop call the tick drain again.
 */
public final class TaskQueueBinding {
    static final int REJECTED = 0;
    static final int HANDLED = 1;

    private final JsRuntime runtime;
    private final JsRuntime.LoopState state;
    /** Pairs: event kind (Integer), then the promise (an engine object). */
    private final List<Object> events = new ArrayList<>();

    TaskQueueBinding(JsRuntime runtime) {
        this.runtime = runtime;
        this.state = runtime.state();
    }

    /** Installs the tracker on the current context; false when the engine's internals are out of reach. */
    @HostAccess.Export
    public boolean install() {
        try {
            JSRealm realm = JSRealm.get(null);
            // GraalJS's polyglot agent may not block, so Atomics.wait threw; Node's threads (main and workers) may.
            realm.getAgent().setCanBlock(true);
            realm.getContext().setPromiseRejectionTracker(realm.getAgent(), new PromiseRejectionTracker() {
                @Override
                public void promiseRejected(JSDynamicObject promise, Object reason) {
                    record(REJECTED, promise);
                }

                @Override
                public void promiseRejectionHandled(JSDynamicObject promise) {
                    record(HANDLED, promise);
                }

                // Node 24 no longer reports a settled promise resolved or rejected again.
                @Override
                public void promiseRejectedAfterResolved(JSDynamicObject promise, Object reason) {
                }

                @Override
                public void promiseResolvedAfterResolved(JSDynamicObject promise, Object value) {
                }
            });
            return true;
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private void record(int kind, Object promise) {
        events.add(kind);
        events.add(promise);
        state.setRejectionEvents(events.size() / 2);
    }

    /**
     * Node's triggerUncaughtException: reports {@code error} as uncaught (with the location Node prints) and
     * returns true if an 'uncaughtException' listener took it (otherwise the process exits). False when the
     * value is not an exception object (a primitive, a plain object): the caller rethrows it.
     */
    @HostAccess.Export
    public boolean triggerUncaughtException(Value error) {
        if (!error.isException()) {
            return false;
        }
        try {
            error.throwException();
        } catch (PolyglotException e) {
            runtime.reportUncaught(e);
        }
        return true;
    }

    /**
     * Calls {@code fn} and reports what it throws as uncaught before returning, so that the microtasks it
     * queued run after the report, as in Node. The call is nested, so the engine keeps the throw site of
     * whatever was thrown (a primitive too).
     */
    @HostAccess.Export
    public void callReportingUncaught(Value fn) {
        try {
            fn.executeVoid();
        } catch (PolyglotException e) {
            if (!e.isGuestException() || e.isExit() || e.isInterrupted() || e.isCancelled()) {
                throw e;
            }
            runtime.reportUncaught(e);
        }
    }

    /** The events since the last call, as {@code [kind, promise, kind, promise, ...]}; clears them. */
    @HostAccess.Export
    public Object[] takeEvents() {
        Context context = Context.getCurrent();
        Object[] out = new Object[events.size()];
        for (int i = 0; i < out.length; i += 2) {
            out[i] = events.get(i);
            out[i + 1] = context.asValue(events.get(i + 1));
        }
        events.clear();
        state.setRejectionEvents(0);
        return out;
    }
}
