package dev.jnode.engine;

import com.oracle.truffle.js.runtime.JSRealm;
import com.oracle.truffle.js.runtime.PrepareStackTraceCallback;
import com.oracle.truffle.js.runtime.objects.JSDynamicObject;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

/**
 * Node's hold on {@code error.stack}: V8 calls Node's callback for every stack it formats, and Node decides there
 * between a user's {@code Error.prepareStackTrace}, source-mapped frames and the plain format. GraalJS has the same
 * hook for graal-nodejs ({@code JSContext.setPrepareStackTraceCallback}); with it set, GraalJS no longer calls
 * {@code Error.prepareStackTrace} itself. The common case stays in GraalJS's own formatter: when
 * {@code Error.prepareStackTrace} is still Node's default and source maps are off, the callback throws
 * {@link #NATIVE_FORMAT}, which GraalJS answers with its default format. Implemented against GraalJS's runtime
 * classes (a dynamic proxy would cost start-up time; this runs in every process), which needs the
 * {@code --add-exports} of tools/jvm-options.sh; without them {@link #install} returns null.
 */
final class StackTraceHook {
    /** Thrown to make GraalJS format a stack itself; preallocated, without a stack trace of its own. */
    private static final RuntimeException NATIVE_FORMAT = new RuntimeException("native stack format", null, false, false) {
    };

    /**
     * The callback is the engine's (every context of one Engine shares it, workers included); each JS thread has
     * its own hook, holding that thread's functions.
     */
    private static final ThreadLocal<StackTraceHook> CURRENT = new ThreadLocal<>();
    private static final PrepareStackTraceCallback DISPATCH = (realm, error, callSites) -> {
        StackTraceHook hook = CURRENT.get();
        if (hook == null) {
            throw NATIVE_FORMAT;
        }
        return hook.prepareStackTrace(error, callSites);
    };

    private final Value errorConstructor;
    private final Value defaultPrepare;
    private final Value prepare;
    private volatile boolean sourceMaps;

    private StackTraceHook(Value errorConstructor, Value defaultPrepare, Value prepare) {
        this.errorConstructor = errorConstructor;
        this.defaultPrepare = defaultPrepare;
        this.prepare = prepare;
    }

    /**
     * Routes stack formatting through {@code prepare(error, callSites)} whenever {@code Error.prepareStackTrace} is
     * not {@code defaultPrepare} or source maps are on; null when GraalJS's internals are out of reach.
     */
    static StackTraceHook install(Value errorConstructor, Value defaultPrepare, Value prepare) {
        try {
            if (!GuestObjects.available()) {
                return null;
            }
            StackTraceHook hook = new StackTraceHook(errorConstructor, defaultPrepare, prepare);
            JSRealm.get(null).getContext().setPrepareStackTraceCallback(DISPATCH);
            CURRENT.set(hook);
            return hook;
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    void setSourceMaps(boolean enabled) {
        sourceMaps = enabled;
    }

    private Object prepareStackTrace(JSDynamicObject error, JSDynamicObject callSites) {
        if (!sourceMaps) {
            Value current = errorConstructor.getMember("prepareStackTrace");
            if (current == null || !current.canExecute() || current.equals(defaultPrepare)) {
                throw NATIVE_FORMAT;
            }
        }
        Context context = Context.getCurrent();
        return GuestObjects.unwrap(prepare.execute(context.asValue(error), context.asValue(callSites)));
    }
}
