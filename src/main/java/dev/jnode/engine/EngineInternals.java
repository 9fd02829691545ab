package dev.jnode.engine;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * GraalJS's runtime internals that Node's promise machinery needs and the polyglot API lacks (rejection tracking,
 * promise hooks), reached reflectively. That needs
 * {@code --add-exports=org.graalvm.js/com.oracle.truffle.js.runtime=ALL-UNNAMED}; without it every method throws,
 * and callers fall back or report the feature as unsupported.
 */
public final class EngineInternals {
    private static final String RUNTIME = "com.oracle.truffle.js.runtime.";

    private EngineInternals() {}

    /** A class of {@code com.oracle.truffle.js.runtime} by its simple name. */
    public static Class<?> runtimeClass(String simpleName) throws ClassNotFoundException {
        Module js = ModuleLayer.boot().findModule("org.graalvm.js").orElseThrow(ClassNotFoundException::new);
        return Class.forName(RUNTIME + simpleName, false, js.getClassLoader());
    }

    /** The {@code JSContext} and {@code JSAgent} of the realm entered on this thread. */
    public static Object[] currentContextAndAgent() throws Throwable {
        Class<?> realmClass = runtimeClass("JSRealm");
        Class<?> nodeClass = Class.forName("com.oracle.truffle.api.nodes.Node", false, realmClass.getClassLoader());
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        MethodHandle getRealm = lookup.findStatic(realmClass, "get", MethodType.methodType(realmClass, nodeClass));
        MethodHandle getContext = lookup.findVirtual(realmClass, "getContext",
                MethodType.methodType(runtimeClass("JSContext")));
        MethodHandle getAgent = lookup.findVirtual(realmClass, "getAgent",
                MethodType.methodType(runtimeClass("JSAgent")));
        Object realm = getRealm.invoke((Object) null);
        return new Object[] {getContext.invoke(realm), getAgent.invoke(realm)};
    }
}
