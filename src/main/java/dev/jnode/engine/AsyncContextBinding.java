package dev.jnode.engine;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.graalvm.polyglot.HostAccess;

/**
 * {@code internalBinding('async_context')}: the one operation on GraalJS's async context that its JavaScript
 * API (the AsyncContext proposal, {@code js.async-context}) lacks: replacing the current context without a
 * scope, as {@code AsyncLocalStorage.prototype.enterWith} does in Node.
 *
 * <p>JavaScript builds the wanted context inside {@code AsyncContext.Variable.prototype.run} and calls
 * {@link #capture()} there; once {@code run} has restored the previous context, {@link #enterCaptured()} makes
 * the captured one current. The context object never leaves Java, so no engine object crosses the polyglot
 * boundary. The engine's internals are reached reflectively (as {@link TaskQueueBinding} does), which needs
 * {@code --add-exports=org.graalvm.js/com.oracle.truffle.js.runtime=ALL-UNNAMED}.
 */
public final class AsyncContextBinding {
    private static final String RUNTIME = "com.oracle.truffle.js.runtime.";

    private final MethodHandle currentAgent;
    private final MethodHandle getMapping;
    private final MethodHandle swapMapping;
    private Object captured;

    AsyncContextBinding() {
        try {
            // The engine's module in the runtime image; on a plain class path (tests), the polyglot API's loader.
            ClassLoader loader = ModuleLayer.boot().findModule("org.graalvm.js").map(Module::getClassLoader)
                    .orElse(org.graalvm.polyglot.Value.class.getClassLoader());
            Class<?> realmClass = Class.forName(RUNTIME + "JSRealm", false, loader);
            Class<?> agentClass = Class.forName(RUNTIME + "JSAgent", false, loader);
            Class<?> mappingClass = Class.forName(RUNTIME + "objects.AsyncContext", false, loader);
            Class<?> nodeClass = Class.forName("com.oracle.truffle.api.nodes.Node", false, loader);
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            MethodHandle getRealm = lookup.findStatic(realmClass, "get", MethodType.methodType(realmClass, nodeClass));
            MethodHandle getAgent = lookup.findVirtual(realmClass, "getAgent", MethodType.methodType(agentClass));
            currentAgent = MethodHandles.filterReturnValue(
                    MethodHandles.insertArguments(getRealm, 0, (Object) null), getAgent);
            getMapping = lookup.findVirtual(agentClass, "getAsyncContextMapping", MethodType.methodType(mappingClass));
            swapMapping = lookup.findVirtual(agentClass, "asyncContextSwap",
                    MethodType.methodType(mappingClass, mappingClass));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("GraalJS's async context is out of reach", e);
        }
    }

    /** Remembers the current async context (called inside {@code AsyncContext.Variable.prototype.run}). */
    @HostAccess.Export
    public void capture() throws Throwable {
        captured = getMapping.invoke(currentAgent.invoke());
    }

    /** Makes the context remembered by {@link #capture()} the current one, until its caller's scope ends. */
    @HostAccess.Export
    public void enterCaptured() throws Throwable {
        Object mapping = captured;
        captured = null;
        swapMapping.invoke(currentAgent.invoke(), mapping);
    }
}
