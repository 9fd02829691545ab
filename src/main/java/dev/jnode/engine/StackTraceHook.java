package dev.jnode.engine;

import com.oracle.truffle.js.runtime.JSRealm;
import com.oracle.truffle.js.runtime.PrepareStackTraceCallback;
import com.oracle.truffle.js.runtime.objects.JSDynamicObject;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
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
final class StackTraceHook implements PrepareStackTraceCallback {
    /** Thrown to make GraalJS format a stack itself; preallocated, without a stack trace of its own. */
    private static final RuntimeException NATIVE_FORMAT = new RuntimeException("native stack format", null, false, false) {
    };

    private final Value errorConstructor;
    private final Value defaultPrepare;
    private final Value prepare;
    /** The engine object behind a polyglot value (the field the polyglot API keeps it in). */
    private final MethodHandle receiver;
    private volatile boolean sourceMaps;

    private StackTraceHook(Value errorConstructor, Value defaultPrepare, Value prepare, MethodHandle receiver) {
        this.errorConstructor = errorConstructor;
        this.defaultPrepare = defaultPrepare;
        this.prepare = prepare;
        this.receiver = receiver;
    }

    /**
     * Routes stack formatting through {@code prepare(error, callSites)} whenever {@code Error.prepareStackTrace} is
     * not {@code defaultPrepare} or source maps are on; null when GraalJS's internals are out of reach.
     */
    static StackTraceHook install(Value errorConstructor, Value defaultPrepare, Value prepare) {
        try {
            Field field = Class.forName("org.graalvm.polyglot.AbstractValue").getDeclaredField("receiver");
            field.setAccessible(true);
            StackTraceHook hook = new StackTraceHook(errorConstructor, defaultPrepare, prepare,
                    MethodHandles.lookup().unreflectGetter(field));
            JSRealm.get(null).getContext().setPrepareStackTraceCallback(hook);
            return hook;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    void setSourceMaps(boolean enabled) {
        sourceMaps = enabled;
    }

    @Override
    public Object prepareStackTrace(JSRealm realm, JSDynamicObject error, JSDynamicObject callSites) {
        if (!sourceMaps) {
            Value current = errorConstructor.getMember("prepareStackTrace");
            if (current == null || !current.canExecute() || current.equals(defaultPrepare)) {
                throw NATIVE_FORMAT;
            }
        }
        Context context = Context.getCurrent();
        Value result = prepare.execute(context.asValue(error), context.asValue(callSites));
        try {
            return receiver.invoke(result);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
