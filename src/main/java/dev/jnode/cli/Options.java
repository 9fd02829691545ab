package dev.jnode.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Node's command line: options before the script, then the script (or -e/-p/-) and its arguments.
 * Values of all recognised options are kept by their long name so JavaScript can ask for them
 * ({@code getOptionValue('--no-warnings')}), as Node's internal option parser allows.
 */
public final class Options {

    /** A command-line problem, reported as Node does ({@code node: bad option: --x}) with exit code 9. */
    public static final class BadOption extends Exception {
        public BadOption(String message) {
            super(message);
        }
    }

    /** How an option takes its value. */
    private enum Kind { FLAG, VALUE, LIST }

    private record Spec(String name, Kind kind, boolean allowedInNodeOptions) {
    }

    private static final Map<String, Spec> SPECS = new LinkedHashMap<>();
    /** Flags Node keeps only as no-ops of features now always on: they are not booleans, so "--no-" is refused. */
    private static final Set<String> NOT_NEGATABLE = Set.of("--experimental-fetch",
            "--experimental-global-customevent", "--experimental-global-webcrypto");
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("-e", "--eval"), Map.entry("-p", "--print"), Map.entry("-r", "--require"),
            Map.entry("-v", "--version"), Map.entry("-h", "--help"), Map.entry("-i", "--interactive"),
            Map.entry("-c", "--check"), Map.entry("-C", "--conditions"), Map.entry("--loader", "--experimental-loader"));

    static {
        for (String f : List.of("--version", "--help", "--interactive", "--check")) {
            spec(f, Kind.FLAG, false);
        }
        spec("--eval", Kind.VALUE, false);
        spec("--print", Kind.FLAG, false);
        spec("--require", Kind.LIST, true);
        spec("--import", Kind.LIST, true);
        spec("--conditions", Kind.LIST, true);
        spec("--experimental-loader", Kind.LIST, true);
        for (String v : List.of("--input-type", "--stack-trace-limit", "--max-old-space-size", "--title",
                "--unhandled-rejections", "--stack-size", "--max-semi-space-size", "--dns-result-order",
                "--secure-heap", "--secure-heap-min", "--disable-warning", "--env-file", "--env-file-if-exists",
                "--redirect-warnings", "--diagnostic-dir",
                "--heapsnapshot-signal", "--icu-data-dir", "--openssl-config", "--tls-cipher-list",
                "--tls-keylog", "--tls-min-v1.0", "--report-dir", "--report-filename", "--report-signal",
                "--inspect-port", "--debug-port", "--watch-path", "--test-reporter", "--test-reporter-destination",
                "--test-name-pattern", "--test-skip-pattern", "--test-concurrency", "--test-timeout",
                "--test-shard", "--experimental-default-type", "--localstorage-file", "--max-http-header-size",
                "--trace-event-categories", "--trace-event-file-pattern", "--cpu-prof-dir", "--cpu-prof-name",
                "--heap-prof-dir", "--heap-prof-name", "--experimental-sea-config", "--disable-proto",
                "--network-family-autoselection-attempt-timeout", "--watch-kill-signal", "--run", "--trace-require-module")) {
            spec(v, Kind.VALUE, true);
        }
        // Flags Node accepts whose effect is either implemented in JavaScript (which reads them back)
        // or does not apply on the JVM; listed one by one so that typos still fail as in Node.
        for (String f : List.of("--expose-gc", "--expose-internals", "--expose_internals", "--no-warnings",
                "--no-deprecation", "--throw-deprecation", "--trace-deprecation", "--pending-deprecation",
                "--trace-warnings", "--trace-uncaught", "--trace-exit", "--trace-sync-io", "--zero-fill-buffers",
                "--preserve-symlinks", "--preserve-symlinks-main", "--abort-on-uncaught-exception",
                "--enable-source-maps", "--no-experimental-websocket", "--no-experimental-require-module",
                "--experimental-require-module", "--experimental-vm-modules", "--experimental-wasm-modules",
                "--js-source-phase-imports", "--experimental-import-meta-resolve", "--experimental-test-coverage", "--experimental-test-module-mocks",
                "--experimental-permission", "--permission", "--experimental-shadow-realm",
                "--experimental-eventsource", "--experimental-websocket", "--experimental-sqlite",
                "--experimental-network-inspection", "--experimental-strip-types", "--no-experimental-strip-types",
                "--experimental-transform-types", "--experimental-detect-module", "--no-experimental-detect-module",
                "--experimental-print-required-tla", "--experimental-async-context-frame",
                "--no-experimental-async-context-frame", "--experimental-addon-modules",
                "--experimental-report", "--experimental-global-navigator", "--no-experimental-global-navigator",
                "--experimental-webstorage", "--experimental-worker", "--experimental-abortcontroller",
                "--insecure-http-parser", "--no-addons", "--no-global-search-paths", "--no-network-family-autoselection",
                "--force-context-aware", "--frozen-intrinsics", "--harmony", "--harmony-import-attributes",
                "--allow-natives-syntax", "--expose-externalize-string", "--allow-fs-read", "--allow-fs-write",
                "--allow-child-process", "--allow-worker", "--allow-addons", "--allow-wasi", "--no-node-snapshot",
                "--no-verify-base-objects", "--no-force-async-hooks-checks", "--force-async-hooks-checks",
                "--verify-base-objects", "--track-heap-objects", "--report-on-signal", "--report-uncaught-exception",
                "--report-on-fatalerror", "--report-compact", "--use-openssl-ca", "--use-bundled-ca", "--use-system-ca",
                "--no-use-system-ca",
                "--openssl-legacy-provider", "--openssl-shared-config", "--enable-fips", "--force-fips",
                "--tls-max-v1.2", "--tls-max-v1.3", "--tls-min-v1.1", "--tls-min-v1.2", "--tls-min-v1.3",
                "--test", "--test-only", "--test-update-snapshots", "--watch", "--watch-preserve-output",
                "--cpu-prof", "--heap-prof", "--inspect", "--inspect-brk", "--inspect-wait", "--no-extra-info-on-fatal-exception",
                "--deprecation", "--warnings", "--addons", "--global-search-paths", "--experimental-fetch",
                "--experimental-global-customevent", "--experimental-global-webcrypto", "--node-memory-debug",
                "--security-revert", "--jitless", "--no-opt", "--max-lazy", "--single-threaded",
                "--single-threaded-gc", "--predictable", "--predictable-gc-schedule", "--stress-compaction",
                "--gc-interval", "--always-compact", "--abort-on-contradictory-flags", "--no-harmony",
                "--experimental-specifier-resolution", "--es-module-specifier-resolution", "--interpreted-frames-native-stack",
                "--perf-basic-prof", "--perf-prof", "--huge-max-old-generation-size", "--v8-options",
                "--completion-bash", "--entry-url", "--experimental-config-file", "--experimental-default-config-file",
                "--experimental-inspector-network-resource", "--trace-promises", "--trace-env",
                "--trace-env-js-stack", "--trace-env-native-stack", "--no-experimental-repl-await",
                "--experimental-repl-await", "--trace-tls", "--heap-snapshot-near-heap-limit", "--use-largepages",
                "--disallow-code-generation-from-strings", "--experimental-worker-inspection")) {
            spec(f, Kind.FLAG, true);
        }
    }

    /**
     * What kind of option {@code name} (without a value) is: "flag", "value" or "list" (the last two take an
     * argument), or null when jnode does not know it.
     */
    public static String kindOf(String name) {
        String canonical = ALIASES.getOrDefault(name, name).replace('_', '-');
        Spec spec = SPECS.get(canonical);
        if (spec == null && canonical.startsWith("--no-") && SPECS.containsKey("--" + canonical.substring(5))
                && !NOT_NEGATABLE.contains("--" + canonical.substring(5))) {
            return "flag";
        }
        if (spec == null) {
            return canonical.startsWith("--harmony") ? "flag" : null;
        }
        return spec.kind().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static void spec(String name, Kind kind, boolean allowedInNodeOptions) {
        SPECS.put(name, new Spec(name, kind, allowedInNodeOptions));
    }

    /** Every option seen, by long name: Boolean for flags, String for values, List for repeatable ones. */
    public final Map<String, Object> values = new LinkedHashMap<>();
    /** The options as written before the script (process.execArgv). */
    public final List<String> execArgv = new ArrayList<>();
    /** The script (or "-" for stdin), or null with -e/-p or nothing. */
    public String script;
    /** Arguments after the script. */
    public final List<String> scriptArgs = new ArrayList<>();

    /** Parses NODE_OPTIONS (may be null) and then the command line, as Node does. */
    public static Options parse(String nodeOptions, List<String> args) throws BadOption {
        Options o = new Options();
        if (nodeOptions != null && !nodeOptions.isBlank()) {
            o.parseArgs(splitNodeOptions(nodeOptions), true);
        }
        o.parseArgs(args, false);
        if (o.flag("--check") && o.values.containsKey("--eval")) {
            throw new BadOption("either --check or --eval can be used, not both");
        }
        return o;
    }

    /**
     * These options (a worker's execArgv) parsed on top of its parent's values, repeatable ones appended, as Node
     * parses a worker's execArgv over a copy of its parent's options.
     */
    public Map<String, Object> over(Map<String, Object> parent) {
        Map<String, Object> merged = new LinkedHashMap<>(parent);
        values.forEach((name, value) -> merged.merge(name, value, (before, after) ->
                before instanceof List<?> a && after instanceof List<?> b ? concat(a, b) : after));
        return merged;
    }

    private static List<Object> concat(List<?> a, List<?> b) {
        List<Object> both = new ArrayList<>(a);
        both.addAll(b);
        return both;
    }

    private void parseArgs(List<String> args, boolean fromNodeOptions) throws BadOption {
        int i = 0;
        while (i < args.size()) {
            String arg = args.get(i);
            if (!fromNodeOptions && (arg.equals("-") || !arg.startsWith("-"))) {
                script = arg;
                scriptArgs.addAll(args.subList(i + 1, args.size()));
                return;
            }
            if (arg.equals("--")) {
                if (!fromNodeOptions && i + 1 < args.size()) {
                    execArgv.add(arg);
                    if (values.containsKey("--eval")) {
                        scriptArgs.addAll(args.subList(i + 1, args.size()));
                    } else {
                        script = args.get(i + 1);
                        scriptArgs.addAll(args.subList(i + 2, args.size()));
                    }
                }
                return;
            }
            int consumed = option(args, i, fromNodeOptions);
            if (!fromNodeOptions) {
                execArgv.addAll(args.subList(i, i + consumed));
            }
            i += consumed;
        }
    }

    /** Handles the option at {@code args[i]}; returns how many arguments it used. */
    private int option(List<String> args, int i, boolean fromNodeOptions) throws BadOption {
        String arg = args.get(i);
        if (arg.equals("-pe") || arg.equals("-ep")) {
            values.put("--print", Boolean.TRUE);
            return option(replace(args, i, "-e"), i, fromNodeOptions);
        }
        // -p takes the code when the next word is not an option ("-p code"), else it only marks -e ("-p -e code").
        if ((arg.equals("-p") || arg.equals("--print")) && i + 1 < args.size() && !args.get(i + 1).startsWith("-")) {
            if (fromNodeOptions) {
                throw new BadOption(arg + " is not allowed in NODE_OPTIONS");
            }
            values.put("--print", Boolean.TRUE);
            values.put("--eval", args.get(i + 1));
            return 2;
        }
        String name = arg;
        String inlineValue = null;
        int eq = arg.indexOf('=');
        if (arg.startsWith("--") && eq > 0) {
            name = arg.substring(0, eq);
            inlineValue = arg.substring(eq + 1);
        }
        name = ALIASES.getOrDefault(name, name).replace('_', '-');
        boolean negated = false;
        Spec spec = SPECS.get(name);
        if (spec == null && name.startsWith("--no-") && NOT_NEGATABLE.contains("--" + name.substring(5))) {
            throw new BadOption(arg + " is an invalid negation because it is not a boolean option");
        }
        if (spec == null && name.startsWith("--no-") && SPECS.containsKey("--" + name.substring(5))) {
            spec = SPECS.get("--" + name.substring(5));
            negated = true;
        }
        if (spec == null && name.startsWith("--harmony")) {
            spec = new Spec(name, Kind.FLAG, true);
        }
        if (spec == null) {
            throw new BadOption("bad option: " + arg);
        }
        if (fromNodeOptions && !spec.allowedInNodeOptions()) {
            throw new BadOption(arg + " is not allowed in NODE_OPTIONS");
        }
        if (spec.kind() == Kind.FLAG) {
            values.put(spec.name(), !negated);
            return 1;
        }
        String value = inlineValue;
        int used = 1;
        if (value == null) {
            if (i + 1 >= args.size()) {
                throw new BadOption(arg + " requires an argument");
            }
            value = args.get(i + 1);
            used = 2;
        }
        if (spec.kind() == Kind.LIST) {
            @SuppressWarnings("unchecked")
            List<String> list = (List<String>) values.computeIfAbsent(spec.name(), k -> new ArrayList<String>());
            list.add(value);
        } else {
            values.put(spec.name(), value);
        }
        validate(spec.name(), value);
        return used;
    }

    private static void validate(String name, String value) throws BadOption {
        if (name.equals("--input-type") && !List.of("module", "commonjs", "module-typescript",
                "commonjs-typescript").contains(value)) {
            throw new BadOption("--input-type must be \"module\",\"commonjs\", \"module-typescript\" or \"commonjs-typescript\"");
        }
        if (name.equals("--trace-require-module") && !List.of("all", "no-node-modules").contains(value)) {
            throw new BadOption("invalid value for --trace-require-module");
        }
    }

    private static List<String> replace(List<String> args, int i, String with) {
        List<String> copy = new ArrayList<>(args);
        copy.set(i, with);
        return copy;
    }

    /** NODE_OPTIONS is split on spaces, with double quotes grouping and backslash escaping inside them. */
    static List<String> splitNodeOptions(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inQuotes = false;
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inQuotes && c == '\\' && i + 1 < s.length()) {
                cur.append(s.charAt(++i));
            } else if (c == '"') {
                inQuotes = !inQuotes;
                any = true;
            } else if (c == ' ' && !inQuotes) {
                if (any) {
                    out.add(cur.toString());
                    cur.setLength(0);
                    any = false;
                }
            } else {
                cur.append(c);
                any = true;
            }
        }
        if (any) {
            out.add(cur.toString());
        }
        return out;
    }

    public boolean flag(String name) {
        return Boolean.TRUE.equals(values.get(name));
    }

    public String value(String name) {
        Object v = values.get(name);
        return v instanceof String s ? s : null;
    }

    @SuppressWarnings("unchecked")
    public List<String> list(String name) {
        Object v = values.get(name);
        return v instanceof List<?> l ? (List<String>) l : List.of();
    }
}
