package dev.jnode.engine;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Proxy;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

/**
 * Fills each ES module's {@code import.meta} as Node does ({@code dirname}, {@code filename}, {@code main},
 * {@code resolve}, {@code url}). GraalJS gives only {@code url}, and the polyglot API has no hook; its realm does,
 * the one graal-nodejs uses: {@code JSContext.setImportMetaInitializer}, called with the fresh (empty, null
 * prototype) object and the module record the first time a module reads {@code import.meta}. Reached with the
 * same {@code --add-exports} as {@link FunctionBodyParser}; without them {@code import.meta} keeps GraalJS's
 * {@code url} alone.
 */
final class ImportMetaHook {
    private ImportMetaHook() {
    }

    /** Makes {@code init(meta, filename)} fill every {@code import.meta}; false when GraalJS's internals are out of reach. */
    static boolean install(Value init) {
        try {
            Module js = ModuleLayer.boot().findModule("org.graalvm.js").orElseThrow(ClassNotFoundException::new);
            ClassLoader loader = js.getClassLoader();
            Class<?> realmClass = Class.forName("com.oracle.truffle.js.runtime.JSRealm", false, loader);
            Class<?> contextClass = Class.forName("com.oracle.truffle.js.runtime.JSContext", false, loader);
            Class<?> node = Class.forName("com.oracle.truffle.api.nodes.Node", false, loader);
            Class<?> initializer = Class.forName("com.oracle.truffle.js.runtime.ImportMetaInitializer", false, loader);
            Class<?> scriptOrModule = Class.forName("com.oracle.truffle.js.runtime.objects.ScriptOrModule", false, loader);
            Class<?> source = Class.forName("com.oracle.truffle.api.source.Source", false, loader);
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            MethodHandle getSource = lookup.findVirtual(scriptOrModule, "getSource", MethodType.methodType(source));
            MethodHandle getPath = lookup.findVirtual(source, "getPath", MethodType.methodType(String.class));
            MethodHandle getName = lookup.findVirtual(source, "getName", MethodType.methodType(String.class));
            Object realm = lookup.findStatic(realmClass, "get", MethodType.methodType(realmClass, node))
                    .invoke((Object) null);
            Object jsContext = lookup.findVirtual(realmClass, "getContext", MethodType.methodType(contextClass))
                    .invoke(realm);
            Object hook = Proxy.newProxyInstance(loader, new Class<?>[] {initializer}, (proxy, method, args) -> {
                switch (method.getName()) {
                    case "hashCode":
                        return System.identityHashCode(proxy);
                    case "equals":
                        return proxy == args[0];
                    case "toString":
                        return "jnode import.meta hook";
                    default:
                        break;
                }
                Object src = getSource.invoke(args[1]);
                String path = (String) getPath.invoke(src);
                init.execute(Context.getCurrent().asValue(args[0]), path != null ? path : getName.invoke(src));
                return null;
            });
            lookup.findVirtual(contextClass, "setImportMetaInitializer",
                    MethodType.methodType(void.class, initializer)).invoke(jsContext, hook);
            return true;
        } catch (Throwable e) {
            return false;
        }
    }
}
