package dev.jnode.engine;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The GraalJS options that make the engine behave like V8 in Node 24, and nothing more. */
final class EngineOptions {
    private EngineOptions() {
    }

    static Map<String, String> contextOptions(LaunchInfo launch, boolean worker) {
        Map<String, String> o = new HashMap<>();
        o.put("js.ecmascript-version", "staging");
        // Features V8 in Node 24 ships that GraalJS keeps behind flags.
        o.put("js.iterator-helpers", "true");
        o.put("js.new-set-methods", "true");
        o.put("js.regexp-unicode-sets", "true");
        o.put("js.regexp-match-indices", "true");
        o.put("js.import-attributes", "true");
        o.put("js.json-modules", "true");
        o.put("js.top-level-await", "true");
        // jnode's module loader (NodeModuleLoader) replaces GraalJS's by reflection; where that is denied, the lookup
        // callback of the MLE builtin (MLE.registerESMLookup) is the only other way to drive GraalJS's loader with
        // our resolver. The bootstrap deletes the global. The mode also makes async functions handed to Java settle
        // their promise when Java calls them; no binding is given one.
        o.put("js.mle-mode", "true");
        // require(esm) evaluates a module through the polyglot API and needs its namespace back.
        o.put("js.esm-eval-returns-exports", "true");
        o.put("js.shebang", "true");
        o.put("js.error-cause", "true");
        o.put("js.stack-trace-api", "true");
        o.put("js.v8-compat", "true");
        if (launch.stackTraceLimit() >= 0) {
            o.put("js.stack-trace-limit", Integer.toString(launch.stackTraceLimit()));
        }
        // We track rejections ourselves (the bootstrap installs the handler), as Node does.
        o.put("js.unhandled-rejections", "handler");
        o.put("js.timer-resolution", "1000");
        o.put("js.text-encoding", "true");
        // WebAssembly runs on GraalWasm. The realm initialises the wasm language when it is created, so this costs
        // every start-up a little (docs/benchmarks.md); the option is fixed per context, so it cannot wait for use.
        o.put("js.webassembly", "true");
        // Proposals V8 in Node 24 ships that GraalWasm keeps behind flags. (Not threads: GraalWasm's shared memories
        // need its Unsafe-based memory for every module; not memory64: V8's JS API for it differs.)
        o.put("wasm.ExtendedConstExpressions", "true");
        o.put("wasm.MultiMemory", "true");
        o.put("wasm.RelaxedSIMD", "true");
        // Intl's default locale (and so navigator.language) comes from the environment as ICU reads it in Node;
        // the JVM's own default depends on which locales the C library has installed.
        o.put("js.locale", defaultLocale(System.getenv()));
        // Function bodies become Truffle trees on their first call, not when their file loads: most library
        // functions never run in a short program (start-up -40 ms, docs/benchmarks.md). Early errors are the
        // parser's, which still reads every body.
        o.put("js.lazy-translation", "true");
        // The AsyncContext proposal: promise reactions and await carry the context they were created in, which
        // is what AsyncLocalStorage needs (the bootstrap hides the global, which Node does not have).
        o.put("js.async-context", "true");
        // Property caches keep 16 shapes per access site instead of 5: node:events' and node:stream's accessors see
        // many shapes (every kind of emitter, stream and options object) and fell back to generic lookups. The
        // http server's steady state in bench/http/inproc.js went from ~50,000 to ~62,000 requests per CPU-second.
        o.put("js.property-cache-limit", "16");
        // Nothing Node does not have: no engine-specific globals.
        o.put("js.console", "false");
        o.put("js.print", "false");
        o.put("js.load", "false");
        o.put("js.polyglot-builtin", "false");
        o.put("js.java-package-globals", "false");
        o.put("js.global-arguments", "false");
        o.put("js.performance", "false");
        if (worker) {
            // process.exit() in a worker ends only its context, without a catch or finally running: the shell's
            // quit() is that hard exit (the bootstrap takes it and removes the shell's other globals).
            o.put("js.shell", "true");
        }
        return o;
    }

    /**
     * The BCP 47 tag of the locale ICU would take from the environment: the first of LC_ALL, LC_MESSAGES and LANG
     * that is set, without its codeset, its modifier as the variant when it can be one (ca_ES@valencia is
     * ca-ES-valencia; ICU makes de_DE@euro de-DE-x-lvariant-euro, which GraalJS's Intl fails on, so that
     * modifier is dropped); C, POSIX or nothing mean en-US.
     */
    static String defaultLocale(Map<String, String> env) {
        String posix = "";
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = env.get(name);
            if (value != null && !value.isEmpty()) {
                posix = value;
                break;
            }
        }
        String modifier = "";
        int at = posix.indexOf('@');
        if (at >= 0) {
            modifier = posix.substring(at + 1);
            posix = posix.substring(0, at);
        }
        int dot = posix.indexOf('.');
        if (dot >= 0) {
            posix = posix.substring(0, dot);
        }
        if (posix.isEmpty() || posix.equals("C") || posix.equals("POSIX")) {
            return "en-US";
        }
        String[] parts = posix.split("_", 2);
        String variant = modifier.matches("[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}") ? modifier : "";
        String tag = Locale.of(parts[0], parts.length > 1 ? parts[1] : "", variant).toLanguageTag();
        return tag.equals("und") ? "en-US" : tag;
    }
}
