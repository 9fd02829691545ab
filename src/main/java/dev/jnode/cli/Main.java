package dev.jnode.cli;

import dev.jnode.engine.JsRuntime;
import dev.jnode.engine.LaunchInfo;
import dev.jnode.engine.NodeVersion;
import dev.jnode.engine.StartupTrace;
import dev.jnode.process.InheritedSignals;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.nio.file.Path;
import dev.jnode.pm.PackageManagerCli;
import dev.jnode.stdio.StdioBinding;
import org.graalvm.polyglot.Engine;

/** {@code jnode [options] [script.js | -e code | -p code | -] [args...]}, as {@code node} takes them. */
public final class Main {
    private Main() {
    }

    /**
     * Words that run the package manager instead of a script ({@code jnode install}). {@code test} and
     * {@code start} stay Node's ({@code node test} runs ./test.js): they are {@code jnode run test} or
     * {@code jnode pm test}.
     */
    private static final Set<String> PM_COMMANDS = Set.of("install", "i", "ci", "add", "remove", "uninstall",
            "run", "run-script", "ls", "list", "why", "explain", "outdated", "update", "init", "pack", "exec", "x");

    public static void main(String[] args) {
        StartupTrace.mark("JVM started main");
        dieBySignalsAsNodeDoes();
        if (args.length > 0 && (PM_COMMANDS.contains(args[0]) || args[0].equals("pm"))) {
            String[] pmArgs = args[0].equals("pm") ? Arrays.copyOfRange(args, 1, args.length) : args;
            Map<String, String> env = new HashMap<>(System.getenv());
            env.put("JNODE_LAUNCHER", System.getProperty("jnode.execPath", "jnode"));
            int code = PackageManagerCli.run(pmArgs, Path.of("").toAbsolutePath(), env, System.out, System.err);
            System.out.flush();
            Runtime.getRuntime().halt(code);
        }
        String argv0 = System.getProperty("jnode.argv0", "jnode");
        Options options;
        try {
            options = Options.parse(System.getenv("NODE_OPTIONS"), Arrays.asList(args));
        } catch (Options.BadOption e) {
            System.err.println(argv0 + ": " + e.getMessage());
            System.exit(9);
            return;
        }
        if (options.flag("--version")) {
            System.out.println(NodeVersion.NODE);
            return;
        }
        if (options.flag("--help")) {
            printHelp(argv0);
            return;
        }
        LaunchInfo launch = launchInfo(options);
        int[] exitCode = {0};
        Thread js = new Thread(null, () -> exitCode[0] = runJs(launch), "main", JsRuntime.JS_THREAD_STACK);
        js.start();
        try {
            js.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        StdioBinding.resetAtExit();
        System.out.flush();
        Runtime.getRuntime().halt(exitCode[0]);
    }

    /**
     * The JVM turns SIGTERM, SIGINT and SIGHUP into an orderly exit with status 128+n; Node simply dies of them,
     * and a parent (a shell, child_process) sees the signal. 'SIGINT' listeners still replace the default.
     * First thing in main: a signal that arrives before this still ends the JVM with 128+n. Signals the parent
     * left ignored are reset first, as Node resets them.
     */
    private static void dieBySignalsAsNodeDoes() {
        InheritedSignals.resetIgnored();
        for (String name : new String[] {"TERM", "INT", "HUP"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), sun.misc.SignalHandler.SIG_DFL);
            } catch (IllegalArgumentException e) {
                // -Xrs or an embedding JVM keeps the signal: its default stays.
            }
        }
    }

    private static int runJs(LaunchInfo launch) {
        Engine.Builder builder = Engine.newBuilder("js", "wasm").allowExperimentalOptions(true)
                .option("engine.WarnInterpreterOnly", "false");
        compileLater(builder);
        // The engine is never closed: the process ends right after, and closing would wait for (or fail on)
        // workers that an unref() left running.
        try {
            Engine engine = builder.build();
            StartupTrace.mark("engine ready");
            if (engine.getImplementationName().contains("Interpreted")) {
                System.err.println("jnode: warning: the Graal compiler is not available (JVMCI off or compiler "
                        + "jar missing); JavaScript runs interpreted, 20-100x slower.");
            }
            return new JsRuntime(engine, launch).run();
        } catch (RuntimeException | Error e) {
            // A bug of jnode's own (a Java binding failing), not of the program: say so and fail.
            System.out.flush();
            System.err.println("jnode: internal error (please report it):");
            e.printStackTrace();
            return 70;
        }
    }

    /**
     * Truffle's default first-tier threshold (400 calls and loop iterations, scaled down to a tenth while the
     * compile queue is empty) starts the Graal compiler within the bootstrap; initialising it there costs a
     * hello-world about 250 ms of the two cores (docs/benchmarks.md). Hot code still reaches 2,000 within
     * milliseconds, and a parser-heavy workload ran no slower. A -Dpolyglot.engine.* property overrides.
     */
    private static void compileLater(Engine.Builder builder) {
        Map<String, String> tuning = Map.of(
                "engine.DynamicCompilationThresholds", "false",
                "engine.FirstTierCompilationThreshold", "2000",
                "engine.FirstTierMinInvokeThreshold", "100");
        tuning.forEach((key, value) -> {
            if (System.getProperty("polyglot." + key) == null) {
                builder.option(key, value);
            }
        });
    }

    private static LaunchInfo launchInfo(Options o) {
        String execPath = System.getProperty("jnode.execPath", "jnode");
        List<String> argv = new ArrayList<>();
        argv.add(execPath);
        LaunchInfo.Mode mode;
        String entry;
        String eval = o.value("--eval");
        if (eval != null) {
            mode = o.flag("--print") ? LaunchInfo.Mode.PRINT : LaunchInfo.Mode.EVAL;
            entry = eval;
            if (o.script != null) {
                argv.add(o.script);
            }
        } else if (o.script != null && !o.script.equals("-")) {
            mode = LaunchInfo.Mode.FILE;
            entry = o.script;
            argv.add(o.script);
        } else if (o.script == null && (o.flag("--interactive") || System.console() != null && System.console().isTerminal())) {
            mode = LaunchInfo.Mode.REPL;
            entry = null;
        } else {
            mode = LaunchInfo.Mode.STDIN;
            entry = readStdin();
            if (o.script != null) {
                argv.add("-");
            }
        }
        argv.addAll(o.scriptArgs);
        String limit = o.value("--stack-trace-limit");
        return new LaunchInfo(argv, o.execArgv, mode, entry, o.list("--require"), o.value("--input-type"),
                limit == null ? -1 : parseIntOr(limit, -1), o.values);
    }

    private static int parseIntOr(String s, int fallback) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String readStdin() {
        try {
            InputStream in = System.in;
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static void printHelp(String argv0) {
        System.out.println("Usage: " + argv0 + " [options] [ script.js ] [arguments]\n"
                + "       " + argv0 + " [options] -e \"script\" [arguments]\n"
                + "       " + argv0 + " [options] -p \"script\" [arguments]\n\n"
                + "Options:\n"
                + "  -                          script read from stdin (default if no file name is provided)\n"
                + "  --                         indicate the end of node options\n"
                + "  -e, --eval=...             evaluate script\n"
                + "  -p, --print [...]          evaluate script and print result\n"
                + "  -r, --require=...          CommonJS module to preload (option can be repeated)\n"
                + "  --input-type=...           set module type for string input\n"
                + "  --stack-trace-limit=...    maximum number of stack frames captured for errors\n"
                + "  --max-old-space-size=...   maximum heap size in MiB (the JVM heap)\n"
                + "  -v, --version              print Node.js version\n"
                + "  -h, --help                 print node command line options\n\n"
                + "Environment variables:\n"
                + "  NODE_OPTIONS               set CLI options in the environment\n"
                + "  NODE_PATH                  ':'-separated list of directories prefixed to the module search path\n\n"
                + "Documentation can be found at https://nodejs.org/");
    }
}
