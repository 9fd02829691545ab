package dev.jnode.pm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Install-time scripts. Dependencies' {@code preinstall}/{@code install}/{@code postinstall} run only
 * for packages named in the project's {@code trustedDependencies} (issue 8's policy: npm runs them
 * all, which lets any package in the tree run code at install); the project's own scripts run as
 * npm runs them.
 */
final class LifecycleScripts {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> DEPENDENCY_EVENTS = List.of("preinstall", "install", "postinstall");
    private static final List<String> PROJECT_EVENTS =
            List.of("preinstall", "install", "postinstall", "prepublish", "preprepare", "prepare", "postprepare");

    private final Path project;
    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;

    LifecycleScripts(Path project, Map<String, String> env, PrintStream out, PrintStream err) {
        this.project = project;
        this.env = env;
        this.out = out;
        this.err = err;
    }

    /**
     * Runs the scripts of the trusted packages among those just installed, deepest first so a
     * package's dependencies are built before it; returns the ids of the untrusted ones skipped.
     */
    List<String> runDependencies(JsonNode projectPkg, List<Node> fresh) throws IOException, InterruptedException {
        Set<String> trusted = new HashSet<>();
        projectPkg.path("trustedDependencies").forEach(t -> trusted.add(t.asString("")));
        List<Node> withScripts = new ArrayList<>(fresh.stream().filter(n -> Lockfile.hasInstallScript(n.manifest)).toList());
        withScripts.sort(Comparator.comparingInt(Node::depth).reversed().thenComparing(Node::location));
        List<String> skipped = new ArrayList<>();
        for (Node n : withScripts) {
            if (!trusted.contains(n.packageName)) {
                skipped.add(n.packageName + "@" + n.version);
                continue;
            }
            Path dir = project.resolve(n.location());
            JsonNode manifest = JSON.readTree(dir.resolve("package.json").toFile()); // registry documents omit scripts
            for (String event : DEPENDENCY_EVENTS) {
                String script = manifest.path("scripts").path(event).asString(null);
                if (script != null) {
                    runQuietly(dir, manifest, event, script, n.optional);
                }
            }
        }
        return skipped;
    }

    /** The project's own install-time scripts, in npm's order, with their output shown. */
    void runProject(JsonNode projectPkg) throws IOException, InterruptedException {
        ScriptRunner runner = new ScriptRunner(project, projectPkg, env, out, err);
        for (String event : PROJECT_EVENTS) {
            String script = projectPkg.path("scripts").path(event).asString(null);
            if (script != null) {
                int code = runner.run(event, script, List.of());
                if (code != 0) {
                    throw failure(project, script, code);
                }
            }
        }
    }

    /** npm keeps a dependency's script output to itself unless the script fails. */
    private void runQuietly(Path dir, JsonNode manifest, String event, String script, boolean optional)
            throws IOException, InterruptedException {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream sink = new PrintStream(captured, true, StandardCharsets.UTF_8);
        int code = new ScriptRunner(dir, manifest, env, sink, sink).run(event, script, List.of());
        if (code == 0) {
            return;
        }
        if (optional) { // a failed optional dependency is left out, not fatal
            err.println("npm warn optional SKIPPING OPTIONAL DEPENDENCY: " + event + " script of "
                    + manifest.path("name").asString() + " failed with code " + code);
            return;
        }
        err.print(captured.toString(StandardCharsets.UTF_8));
        throw failure(dir, script, code);
    }

    private static PmException failure(Path dir, String script, int code) {
        return new PmException(String.valueOf(code), "path " + dir + "\ncommand failed\ncommand sh -c " + script);
    }
}
