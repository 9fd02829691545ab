package dev.jnode.engine;

import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.js.runtime.ImportMetaInitializer;
import com.oracle.truffle.js.runtime.JSRealm;
import com.oracle.truffle.js.runtime.objects.JSDynamicObject;
import com.oracle.truffle.js.runtime.objects.JSModuleRecord;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

/**
 * Fills each ES module's {@code import.meta} as Node does ({@code dirname}, {@code filename}, {@code main},
 * {@code resolve}, {@code url}). GraalJS gives only {@code url}, and the polyglot API has no hook; its realm does,
 * the one graal-nodejs uses: {@code JSContext.setImportMetaInitializer}, called with the fresh (empty, null
 * prototype) object and the module record the first time a module reads {@code import.meta}. Implemented against
 * GraalJS's runtime classes, as {@link StackTraceHook}; without the {@code --add-exports} of tools/jvm-options.sh
 * {@code import.meta} keeps GraalJS's {@code url} alone.
 */
final class ImportMetaHook {
    /** The initializer is the engine's (shared by every context of one Engine); each JS thread has its own hook. */
    private static final ThreadLocal<ImportMetaHook> CURRENT = new ThreadLocal<>();
    private static final ImportMetaInitializer DISPATCH = (meta, module) -> {
        ImportMetaHook hook = CURRENT.get();
        if (hook != null) {
            hook.initializeImportMeta(meta, module);
        }
    };

    private final Value init;

    private ImportMetaHook(Value init) {
        this.init = init;
    }

    /**
     * Makes {@code init(meta, filename)} fill every {@code import.meta} (a vm module's: {@code init(meta, loader)});
     * false when GraalJS's internals are out of reach. */
    static boolean install(Value init) {
        try {
            JSRealm.get(null).getContext().setImportMetaInitializer(DISPATCH);
            CURRENT.set(new ImportMetaHook(init));
            return true;
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private void initializeImportMeta(JSDynamicObject importMeta, JSModuleRecord module) {
        Object loader = module.getModuleLoader();
        if (loader != JSRealm.get(null).getModuleLoader()) {
            // A module with a loader of its own (a vm.SourceTextModule): init is given that loader.
            init.execute(Context.getCurrent().asValue(importMeta), loader);
            return;
        }
        Source source = module.getSource();
        String path = source.getPath();
        init.execute(Context.getCurrent().asValue(importMeta), path != null ? path : source.getName());
    }
}
