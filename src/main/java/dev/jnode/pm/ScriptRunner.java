package dev.jnode.pm;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Runs package.json scripts as npm's run-script does: through {@code sh -c} in the package folder,
 * with every ancestor's {@code node_modules/.bin} in front of PATH and the npm_package_* /
 * npm_lifecycle_* variables set.
 */
final class ScriptRunner {
    private static final Pattern SAFE_ARG = Pattern.compile("^[A-Za-z0-9_/\\-.=:@%+,]+$");

    private final Path pkgDir;
    private final JsonNode pkg;
    private final Map<String, String> baseEnv;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean inheritIo;

    ScriptRunner(Path pkgDir, JsonNode pkg, Map<String, String> env, PrintStream out, PrintStream err) {
        this.pkgDir = pkgDir;
        this.pkg = pkg;
        this.baseEnv = env;
        this.out = out;
        this.err = err;
        this.inheritIo = out == System.out && err == System.err;
    }

    /** Runs {@code pre<event>}, {@code <event>} with the extra args, then {@code post<event>}; returns the exit code. */
    int runWithHooks(String event, List<String> args, boolean ignoreScripts) throws IOException, InterruptedException {
        JsonNode scripts = pkg.path("scripts");
        if (!ignoreScripts && scripts.has("pre" + event)) {
            int code = run("pre" + event, scripts.get("pre" + event).asString(), List.of());
            if (code != 0) {
                return code;
            }
        }
        int code = run(event, scripts.get(event).asString(), args);
        if (code != 0 || ignoreScripts || !scripts.has("post" + event)) {
            return code;
        }
        return run("post" + event, scripts.get("post" + event).asString(), List.of());
    }

    int run(String event, String script, List<String> args) throws IOException, InterruptedException {
        StringBuilder cmd = new StringBuilder(script);
        StringBuilder shown = new StringBuilder(script); // npm's banner shows the arguments unquoted
        for (String a : args) {
            cmd.append(' ').append(SAFE_ARG.matcher(a).matches() ? a : "'" + a.replace("'", "'\\''") + "'");
            shown.append(' ').append(a);
        }
        String id = pkg.path("name").asString("") + (pkg.has("version") ? "@" + pkg.get("version").asString() : "");
        out.println();
        out.println("> " + id + " " + event);
        out.println("> " + shown);
        out.println();
        out.flush();

        return spawn(List.of("sh", "-c", cmd.toString()), environment(event, cmd.toString()));
    }

    /** Runs a command in the package folder with this runner's streams; returns its exit code. */
    int spawn(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(pkgDir.toFile());
        pb.environment().clear();
        pb.environment().putAll(environment);
        if (inheritIo) {
            pb.inheritIO();
        } else {
            pb.redirectInput(ProcessBuilder.Redirect.INHERIT);
        }
        Process p = pb.start();
        Thread o = null;
        Thread e = null;
        if (!inheritIo) {
            o = pump(p.getInputStream(), out);
            e = pump(p.getErrorStream(), err);
        }
        int code = p.waitFor();
        if (o != null) {
            o.join();
            e.join();
        }
        return code;
    }

    Map<String, String> environment(String event, String cmd) {
        Map<String, String> env = new HashMap<>(baseEnv);
        List<String> path = new ArrayList<>();
        for (Path p = pkgDir.toAbsolutePath(); p != null; p = p.getParent()) {
            path.add(p.resolve("node_modules").resolve(".bin").toString());
        }
        String launcher = env.get("JNODE_LAUNCHER");
        if (launcher != null) {
            path.add(Path.of(launcher).getParent().toString()); // so scripts find the running jnode
            env.put("npm_node_execpath", launcher);
            env.put("NODE", launcher);
        }
        String oldPath = env.getOrDefault("PATH", "");
        if (!oldPath.isEmpty()) {
            path.add(oldPath);
        }
        env.put("PATH", String.join(File.pathSeparator, path));
        env.put("npm_package_json", pkgDir.resolve("package.json").toString());
        env.put("npm_lifecycle_event", event);
        env.put("npm_lifecycle_script", cmd);
        env.put("npm_command", "run-script");
        env.putIfAbsent("INIT_CWD", pkgDir.toString());
        for (String field : List.of("name", "version", "config", "engines", "bin")) {
            if (pkg.has(field)) {
                packageEnv(env, "npm_package_" + field, pkg.get(field));
            }
        }
        return env;
    }

    /** npm flattens these fields: objects by key, arrays by index, false/null as empty strings. */
    private static void packageEnv(Map<String, String> env, String key, JsonNode v) {
        if (v.isObject()) {
            v.properties().forEach(e -> packageEnv(env, key + "_" + e.getKey(), e.getValue()));
        } else if (v.isArray()) {
            for (int i = 0; i < v.size(); i++) {
                packageEnv(env, key + "_" + i, v.get(i));
            }
        } else if (v.isNull() || (v.isBoolean() && !v.booleanValue())) {
            env.put(key, "");
        } else {
            env.put(key, v.asString());
        }
    }

    private static Thread pump(InputStream in, OutputStream to) {
        return Thread.ofVirtual().start(() -> {
            try (in) {
                in.transferTo(to);
                to.flush();
            } catch (IOException ignored) {
                // the child went away
            }
        });
    }
}
