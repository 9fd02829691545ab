package dev.jnode.v8;

import com.oracle.truffle.js.runtime.JSContext;
import com.oracle.truffle.js.runtime.JSRealm;
import com.oracle.truffle.js.runtime.PromiseHook;
import java.lang.management.MemoryPoolMXBean;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * {@code internalBinding('v8')}: the JVM's memory figures behind node:v8's heap statistics and GCProfiler (see
 * {@link HeapFigures}), and GraalJS's promise hook, V8's counterpart, for {@code v8.promiseHooks}.
 */
public final class V8Binding {
    /** See {@link HeapFigures#heap}. */
    @HostAccess.Export
    public double[] heapStatistics() {
        return HeapFigures.heap(MemoryPoolMXBean::getUsage);
    }

    /** See {@link HeapFigures#spaces}. */
    @HostAccess.Export
    public double[] heapSpaceStatistics() {
        return HeapFigures.spaces(MemoryPoolMXBean::getUsage);
    }

    /** The JIT's code cache in use, V8's code_and_metadata_size. */
    @HostAccess.Export
    public double codeSize() {
        return HeapFigures.spaces(MemoryPoolMXBean::getUsage)[HeapFigures.Space.CODE.ordinal() * 4 + 1];
    }

    /** Starts recording the JVM's collections for a {@code v8.GCProfiler}. */
    @HostAccess.Export
    public GcProfile startGcProfile() {
        return new GcProfile();
    }

    /** A number that changes only with the engine's version, as V8's tag does with V8's. */
    @HostAccess.Export
    public double cachedDataVersionTag() {
        CRC32 crc = new CRC32();
        crc.update(("GraalJS " + Context.getCurrent().getEngine().getVersion()).getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    /**
     * Routes GraalJS's promise events (0 init, 1 settled, 2 before, 3 after, with the promise and, for init,
     * its parent) to {@code dispatch}, synchronously as V8 calls Node's hooks; a null {@code dispatch} removes
     * the hook. False when the engine's internals are out of reach.
     */
    @HostAccess.Export
    public boolean setPromiseHook(Value dispatch) {
        try {
            PromiseHook hook = null;
            if (dispatch != null && !dispatch.isNull()) {
                Context context = Context.getCurrent();
                hook = (type, promise, parent) ->
                        dispatch.executeVoid(type, context.asValue(promise), context.asValue(parent));
            }
            PromiseHooks.set(JSRealm.get(null).getContext(), hook);
            return true;
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /**
     * The engine's promise hook is shared by every context of one Engine (workers included): it dispatches to the
     * hook of the thread the promise event happens on, and is installed only while some thread has one.
     */
    private static final class PromiseHooks {
        private static final ThreadLocal<PromiseHook> CURRENT = new ThreadLocal<>();
        private static final PromiseHook DISPATCH = (type, promise, parent) -> {
            PromiseHook hook = CURRENT.get();
            if (hook != null) {
                hook.promiseChanged(type, promise, parent);
            }
        };
        private static int threadsWithHook;

        static synchronized void set(JSContext engineContext, PromiseHook hook) {
            boolean had = CURRENT.get() != null;
            CURRENT.set(hook);
            threadsWithHook += (hook != null ? 1 : 0) - (had ? 1 : 0);
            engineContext.setPromiseHook(threadsWithHook > 0 ? DISPATCH : null);
        }
    }

}
