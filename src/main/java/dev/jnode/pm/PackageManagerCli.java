package dev.jnode.pm;

import dev.jnode.pm.semver.Range;
import dev.jnode.pm.semver.SemverOptions;
import dev.jnode.pm.semver.Version;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code jnode install | i | add | ci | remove | run | test | start | ls | why | outdated}: npm's commands over jnode's package manager. */
public final class PackageManagerCli {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> DEP_FIELDS =
            List.of("dependencies", "devDependencies", "optionalDependencies", "peerDependencies");

    private final Path cwd;
    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;

    PackageManagerCli(Path cwd, Map<String, String> env, PrintStream out, PrintStream err) {
        this.cwd = cwd;
        this.env = env;
        this.out = out;
        this.err = err;
    }

    /** Standalone entry, for benchmarks and debugging without the JavaScript engine. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a package manager command; returns the process exit code. */
    public static int run(String[] args) {
        return run(args, Path.of(System.getProperty("user.dir")), System.getenv(), System.out, System.err);
    }

    public static int run(String[] args, Path cwd, Map<String, String> env, PrintStream out, PrintStream err) {
        return new PackageManagerCli(cwd.toAbsolutePath().normalize(), env, out, err).execute(args);
    }

    /** Parsed command-line switches shared by the install family. */
    static final class Options {
        final List<String> specs = new ArrayList<>();
        String saveTo = "dependencies";
        boolean exact;
        boolean save = true;
        boolean omitDev;
        boolean omitOptional;
        boolean ignoreScripts;
        boolean preferOffline;
        boolean legacyPeerDeps;
        /** {@code remove}: the specs name packages to take out of package.json. */
        boolean removing;
        /** {@code update}: the specs name packages to re-resolve (all when none); package.json stays as it is. */
        boolean updating;
        String registry;
    }

    private int execute(String[] args) {
        if (args.length == 0) {
            err.println("Usage: jnode <install|i|add|ci|remove|update> [options] [<package-spec> ...]");
            err.println("       jnode run <script> [-- <args>...]   (also: test, start, stop, restart)");
            err.println("       jnode exec [-p <pkg>]... [-c '<cmd>'] [--] <cmd> [args...]   (also: x <pkg> [args...])");
            err.println("       jnode ls [--all] [--json] [--depth=<n>] [<name>...] | why <name> | outdated [--json]");
            err.println("       jnode init -y | pack [--dry-run]");
            return 1;
        }
        String cmd = args[0];
        switch (cmd) {
            case "run", "run-script", "rum", "urn" -> {
                return runScript(java.util.Arrays.copyOfRange(args, 1, args.length));
            }
            case "test", "t", "tst", "start", "stop", "restart" -> {
                String event = cmd.startsWith("t") ? "test" : cmd;
                List<String> rest = new ArrayList<>(List.of(event));
                rest.addAll(List.of(args).subList(1, args.length));
                return runScript(rest.toArray(String[]::new));
            }
            case "init", "create", "innit", "pack" -> {
                List<String> rest = List.of(args).subList(1, args.length);
                try {
                    return cmd.equals("pack") ? PackCommand.run(rest, projectRoot(), out, err) : InitCommand.run(rest, cwd, out);
                } catch (PmException e) {
                    return fail(e);
                } catch (IOException e) {
                    err.println("npm error " + e);
                    return 1;
                }
            }
            case "exec", "x" -> {
                try {
                    return new ExecCommand(cwd, env, out, err).run(List.of(args).subList(1, args.length));
                } catch (PmException e) {
                    return fail(e);
                } catch (IOException e) {
                    err.println("npm error " + e);
                    return 1;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return 130;
                }
            }
            case "ls", "list", "la", "ll", "why", "explain", "outdated" -> {
                return report(cmd, List.of(args).subList(1, args.length));
            }
            default -> { }
        }
        Options o = new Options();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "-D", "--save-dev", "--dev" -> o.saveTo = "devDependencies";
                case "-O", "--save-optional" -> o.saveTo = "optionalDependencies";
                case "-P", "--save-prod" -> o.saveTo = "dependencies";
                case "--save-peer" -> o.saveTo = "peerDependencies";
                case "-E", "--save-exact" -> o.exact = true;
                case "--no-save" -> o.save = false;
                case "-S", "--save" -> o.save = true;
                case "--production", "--omit=dev" -> o.omitDev = true;
                case "--omit=optional" -> o.omitOptional = true;
                case "--ignore-scripts" -> o.ignoreScripts = true;
                case "--legacy-peer-deps" -> o.legacyPeerDeps = true;
                case "--prefer-offline", "--offline" -> o.preferOffline = true;
                case "--no-audit", "--no-fund", "--audit=false", "--fund=false", "--silent", "--no-progress" -> { }
                default -> {
                    if (a.equals("--omit") && i + 1 < args.length) {
                        String what = args[++i];
                        o.omitDev |= what.equals("dev");
                        o.omitOptional |= what.equals("optional");
                    } else if (a.startsWith("--registry=")) {
                        o.registry = a.substring("--registry=".length());
                    } else if (a.equals("--registry") && i + 1 < args.length) {
                        o.registry = args[++i];
                    } else if (a.startsWith("-")) {
                        err.println("npm warn: jnode ignores unknown option " + a);
                    } else {
                        o.specs.add(a);
                    }
                }
            }
        }
        try {
            return switch (cmd) {
                case "install", "i", "in", "add", "isntall" -> install(o, false);
                case "ci", "clean-install", "install-clean", "ic" -> install(o, true);
                case "remove", "rm", "r", "uninstall", "un", "unlink" -> {
                    o.removing = true;
                    yield install(o, false);
                }
                case "update", "up", "upgrade", "udpate" -> {
                    o.updating = true;
                    yield install(o, false);
                }
                default -> {
                    err.println("Unknown package manager command: " + cmd);
                    yield 1;
                }
            };
        } catch (PmException e) {
            return fail(e);
        } catch (IOException | RuntimeException e) {
            err.println("npm error " + e);
            return 1;
        }
    }

    private int fail(PmException e) {
        if (e.code() != null) {
            err.println("npm error code " + e.code());
        }
        for (String line : e.getMessage().split("\n", -1)) {
            err.println(("npm error " + line).stripTrailing());
        }
        return 1;
    }

    /** {@code ls}, {@code why} and {@code outdated}: reports on the installed tree that change nothing. */
    private int report(String cmd, List<String> args) {
        try {
            Path root = projectRoot();
            Path pkgFile = root.resolve("package.json");
            JsonNode pkg = Files.isRegularFile(pkgFile) ? JSON.readTree(pkgFile.toFile()) : JSON.createObjectNode();
            InstalledTree tree = InstalledTree.load(root, pkg);
            return switch (cmd) {
                case "why", "explain" -> ExplainCommand.run(args, tree, out, err);
                case "outdated" -> {
                    NpmConfig config = NpmConfig.load(root, env);
                    try (RegistryClient registry = new RegistryClient(config, ContentCache.standard(env), false)) {
                        yield OutdatedCommand.run(args, tree, registry, out);
                    }
                }
                default -> LsCommand.run(cmd.equals("la") || cmd.equals("ll") ? concat(args, "--all") : args, tree, out, err);
            };
        } catch (PmException e) {
            return fail(e);
        } catch (java.util.concurrent.CompletionException e) {
            return e.getCause() instanceof PmException p ? fail(p) : fail(new PmException("ENETWORK", String.valueOf(e.getCause())));
        } catch (IOException | RuntimeException e) {
            err.println("npm error " + e);
            return 1;
        }
    }

    private static List<String> concat(List<String> list, String extra) {
        List<String> out = new ArrayList<>(list);
        out.add(extra);
        return out;
    }

    /** {@code run <script> [--] [args...]}; with no script, lists the scripts as npm does. */
    private int runScript(String[] args) {
        boolean ignoreScripts = false;
        String event = null;
        List<String> extra = new ArrayList<>();
        boolean afterDashes = false;
        for (String a : args) {
            if (event == null && !afterDashes && a.equals("--ignore-scripts")) {
                ignoreScripts = true;
            } else if (event == null && !a.startsWith("-")) {
                event = a;
            } else if (!afterDashes && a.equals("--")) {
                afterDashes = true;
            } else if (event != null) {
                extra.add(a);
            }
        }
        try {
            Path root = projectRoot();
            Path pkgFile = root.resolve("package.json");
            if (!Files.isRegularFile(pkgFile)) {
                throw new PmException("ENOENT", "Could not read package.json: no package.json in " + cwd + " or above");
            }
            JsonNode pkg = JSON.readTree(pkgFile.toFile());
            JsonNode scripts = pkg.path("scripts");
            if (event == null) {
                if (scripts.isEmpty()) {
                    return 0;
                }
                String id = pkg.path("name").asString("") + (pkg.has("version") ? "@" + pkg.get("version").asString() : "");
                out.println("Scripts available in " + id + " via `jnode run`:");
                scripts.properties().forEach(e -> out.println("  " + e.getKey() + "\n    " + e.getValue().asString()));
                return 0;
            }
            if (!scripts.has(event)) {
                if (event.equals("start") && Files.isRegularFile(root.resolve("server.js"))) {
                    pkg = ((ObjectNode) pkg.deepCopy()).set("scripts",
                            ((ObjectNode) scripts.deepCopy()).put("start", "node server.js"));
                } else if (event.equals("restart") && (scripts.has("stop") || scripts.has("start"))) {
                    ScriptRunner r = new ScriptRunner(root, pkg, env, out, err);
                    int code = scripts.has("stop") ? r.runWithHooks("stop", List.of(), ignoreScripts) : 0;
                    return code != 0 ? code : runScript(new String[] {"start"});
                } else {
                    throw new PmException("ENOENT", "Missing script: \"" + event + "\"\n\nTo see a list of scripts, run:\n  jnode run");
                }
            }
            // Like npm for a project's own script: a failure shows only as the exit code.
            return new ScriptRunner(root, pkg, env, out, err).runWithHooks(event, extra, ignoreScripts);
        } catch (PmException e) {
            for (String line : e.getMessage().split("\n", -1)) {
                err.println(("npm error " + line).stripTrailing());
            }
            return 1;
        } catch (IOException | RuntimeException e) {
            err.println("npm error " + e);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    private Path projectRoot() {
        for (Path p = cwd; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("package.json"))) {
                return p;
            }
        }
        return cwd;
    }

    /** Prints phase times to stderr when JNODE_PM_TIMING is set, for benchmarking. */
    private void phase(String what, long since) {
        if (env.containsKey("JNODE_PM_TIMING")) {
            err.printf("jnode timing: %s %d ms%n", what, (System.nanoTime() - since) / 1_000_000);
        }
    }

    private int install(Options o, boolean ci) throws IOException {
        long start = System.nanoTime();
        if (env.containsKey("JNODE_PM_TIMING")) {
            ProcessHandle.current().info().startInstant().ifPresent(t -> err.println("jnode timing: process age at install() "
                    + java.time.Duration.between(t, java.time.Instant.now()).toMillis() + " ms"));
        }
        Path root = projectRoot();
        Path pkgFile = root.resolve("package.json");
        Path lockFile = root.resolve("package-lock.json");
        ObjectNode pkg = Files.isRegularFile(pkgFile) ? (ObjectNode) JSON.readTree(pkgFile.toFile()) : JSON.createObjectNode();
        String pkgText = Files.isRegularFile(pkgFile) ? Files.readString(pkgFile) : null;

        NpmConfig config = NpmConfig.load(root, env);
        if (o.registry != null) {
            config.set("registry", o.registry);
        }
        String omit = config.get("omit");
        if (omit != null && omit.contains("dev") || "production".equals(env.get("NODE_ENV"))) {
            o.omitDev = true; // npm: NODE_ENV=production means --omit=dev, for install and ci alike
        }
        if (omit != null && omit.contains("optional")) {
            o.omitOptional = true;
        }
        ContentCache cache = ContentCache.standard(env);
        try (RegistryClient registry = new RegistryClient(config, cache, o.preferOffline || config.flag("prefer-offline"))) {
            Node lockRoot = Files.isRegularFile(lockFile) ? Lockfile.read(lockFile, pkg) : null;
            phase("read lockfile", start);
            Node tree;
            List<String> warnings = new ArrayList<>();
            if (ci) {
                if (lockRoot == null) {
                    throw new PmException("EUSAGE", "The `jnode ci` command can only install with an existing "
                            + "package-lock.json or npm-shrinkwrap.json with lockfileVersion >= 1.");
                }
                if (!o.specs.isEmpty()) {
                    throw new PmException("EUSAGE", "ci does not take package arguments");
                }
                String problem = outOfSync(lockRoot, pkg, lockFile);
                if (problem != null) {
                    throw new PmException("EUSAGE", "`jnode ci` can only install packages when your package.json and "
                            + "package-lock.json are in sync. Please update your lock file with `jnode install` "
                            + "before continuing.\n" + problem);
                }
                tree = lockRoot;
            } else {
                Map<String, List<String>> preferred = Resolver.preferredFrom(lockRoot);
                if (o.updating) {
                    // npm update: the named packages (or all) take the newest version their ranges allow
                    if (o.specs.isEmpty()) {
                        preferred.clear();
                    } else {
                        o.specs.forEach(s -> preferred.remove(DepSpec.parseArg(s).name()));
                    }
                }
                Resolver resolver = new Resolver(registry, preferred, warnings::add,
                        o.legacyPeerDeps || config.flag("legacy-peer-deps"));
                if (o.updating) {
                    lockRoot = null;
                } else if (o.removing) {
                    if (o.specs.isEmpty()) {
                        throw new PmException("EUSAGE", "Must provide a package name to remove");
                    }
                    removeSpecs(o, pkg);
                } else if (!o.specs.isEmpty()) {
                    addSpecs(o, pkg, resolver);
                }
                if (lockRoot != null && o.specs.isEmpty() && outOfSync(lockRoot, pkg, null) == null) {
                    Lockfile.pruneExtraneous(lockRoot);
                    DepFlags.compute(lockRoot);
                    tree = lockRoot;
                } else {
                    tree = resolver.resolve(pkg);
                }
            }
            phase("resolve", start);
            Reifier reifier = new Reifier(root, registry, cache, warnings::add, msg -> {
                if (env.containsKey("JNODE_PM_TIMING")) {
                    err.println("jnode timing: " + msg);
                }
            });
            Reifier.Result r = reifier.reify(tree, pkg, o.omitDev, o.omitOptional, ci);
            phase("reify", start);
            long saveStart = System.nanoTime();
            if (o.save && !ci) {
                if (!o.specs.isEmpty() && !o.updating && (pkgText != null || !o.removing)) {
                    writePackageJson(pkgFile, pkg, pkgText);
                }
                if (!"false".equals(config.get("package-lock"))) {
                    Files.writeString(lockFile, Lockfile.write(tree, pkg, config.flag("omit-lockfile-registry-resolved")));
                }
            }
            phase("save", saveStart);
            for (String w : warnings) {
                err.println("npm warn " + w);
            }
            for (Node n : r.fresh()) {
                if (n.manifest.has("deprecated") && n.manifest.get("deprecated").isString()) {
                    err.println("npm warn deprecated " + n.packageName + "@" + n.version + ": "
                            + n.manifest.get("deprecated").asString());
                }
            }
            if (!o.ignoreScripts && !config.flag("ignore-scripts")) {
                runLifecycleScripts(root, pkg, r, o.specs.isEmpty() || ci);
            }
            if (!r.nativeAddons().isEmpty()) {
                err.println("jnode: native addons (node-gyp) cannot load on the JVM and will fail with ERR_DLOPEN_FAILED: "
                        + String.join(", ", r.nativeAddons()));
            }
            out.println(summary(r, System.nanoTime() - start));
        }
        return 0;
    }

    private void runLifecycleScripts(Path root, JsonNode pkg, Reifier.Result r, boolean withProjectScripts) throws IOException {
        LifecycleScripts scripts = new LifecycleScripts(root, env, out, err);
        try {
            List<String> skipped = scripts.runDependencies(pkg, r.fresh());
            if (!skipped.isEmpty()) {
                err.println("jnode: skipped install scripts of " + String.join(", ", skipped)
                        + " (to run them, list their names in \"trustedDependencies\" in package.json)");
            }
            if (withProjectScripts) { // npm runs the project's own scripts on a plain install, not when adding a package
                scripts.runProject(pkg);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PmException("EINTR", "interrupted while running install scripts");
        }
    }

    /** Resolves each command-line spec and writes it into package.json the way npm saves it. */
    private void addSpecs(Options o, ObjectNode pkg, Resolver resolver) {
        for (String arg : o.specs) {
            DepSpec dep = DepSpec.parseArg(arg);
            if (!dep.registry()) {
                throw new PmException("EUNSUPPORTED", "jnode cannot install '" + arg + "' yet (registry packages only)");
            }
            JsonNode manifest = resolver.pick(dep);
            String version = manifest.path("version").asString();
            String saved;
            Range range = Range.tryParse(dep.spec(), SemverOptions.LOOSE);
            boolean isVersion = Version.tryParse(dep.spec(), SemverOptions.LOOSE) != null;
            if (o.exact) {
                saved = version;
            } else if (dep.spec().isEmpty() || range == null || isVersion || dep.spec().equals("*")) {
                saved = "^" + version; // a tag, nothing, or one version: npm saves ^version
            } else {
                saved = dep.spec();
            }
            if (!dep.fetchName().equals(dep.name())) {
                saved = "npm:" + dep.fetchName() + "@" + saved;
            }
            for (String f : DEP_FIELDS) {
                if (!f.equals(o.saveTo) && pkg.path(f).isObject() && !f.equals("peerDependencies")) {
                    ((ObjectNode) pkg.get(f)).remove(dep.name());
                }
            }
            ObjectNode section = pkg.path(o.saveTo).isObject() ? (ObjectNode) pkg.get(o.saveTo) : pkg.putObject(o.saveTo);
            section.put(dep.name(), saved);
            sortSection(section);
        }
        for (String f : DEP_FIELDS) {
            if (pkg.path(f).isObject() && pkg.get(f).isEmpty() && !f.equals(o.saveTo)) {
                pkg.remove(f);
            }
        }
    }

    /** Takes the named packages out of every dependency section, as npm uninstall does. */
    private static void removeSpecs(Options o, ObjectNode pkg) {
        for (String arg : o.specs) {
            String name = DepSpec.parseArg(arg).name();
            for (String f : DEP_FIELDS) {
                if (pkg.path(f).isObject()) {
                    ((ObjectNode) pkg.get(f)).remove(name);
                }
            }
        }
    }

    private static void sortSection(ObjectNode section) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(section.properties());
        entries.sort((a, b) -> LocaleOrder.INSTANCE.compare(a.getKey(), b.getKey()));
        section.removeAll();
        entries.forEach(e -> section.set(e.getKey(), e.getValue()));
    }

    private static void writePackageJson(Path file, ObjectNode pkg, String oldText) throws IOException {
        String indent = "  ";
        if (oldText != null) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\{\\r?\\n([ \\t]+)\"").matcher(oldText);
            if (m.find()) {
                indent = m.group(1);
            }
        }
        String text = NiceJson.plain(pkg, indent);
        if (oldText != null && oldText.contains("\r\n")) {
            text = text.replace("\n", "\r\n");
        }
        Files.writeString(file, text);
    }

    /**
     * Why the lockfile does not fit package.json, or null when it does: a root dependency missing or
     * unsatisfied, an edge inside the tree that no longer resolves, or (for ci) a spec written
     * differently in the lockfile's root entry.
     */
    static String outOfSync(Node lockRoot, JsonNode pkg, Path lockFileForSpecs) throws IOException {
        for (Node.Edge e : lockRoot.edges()) {
            if (e.type() == Node.EdgeType.PEER_OPTIONAL) {
                continue;
            }
            Node n = lockRoot.children.get(e.name());
            if (n == null) {
                if (e.type() == Node.EdgeType.OPTIONAL) {
                    continue;
                }
                return "Missing: " + e.dep().describe() + " from lock file";
            }
            if (!Resolver.satisfies(n, e.dep())) {
                return "Invalid: lock file's " + n.packageName + "@" + n.version + " does not satisfy " + e.dep().describe();
            }
        }
        if (lockFileForSpecs != null) {
            JsonNode lockRootEntry = JSON.readTree(lockFileForSpecs.toFile()).path("packages").path("");
            for (String f : DEP_FIELDS) {
                JsonNode a = pkg.path(f);
                JsonNode b = lockRootEntry.path(f);
                if (!(a.isMissingNode() && b.isMissingNode()) && !a.equals(b)
                        && !(a.isMissingNode() && b.isEmpty()) && !(b.isMissingNode() && a.isEmpty())) {
                    return "Invalid: " + f + " in package.json differ from the lock file";
                }
            }
        }
        for (Node n : Lockfile.allNodes(lockRoot)) {
            for (Node.Edge e : n.edges()) {
                if (e.type() == Node.EdgeType.PEER_OPTIONAL || e.type() == Node.EdgeType.OPTIONAL) {
                    continue;
                }
                Node start = e.type() == Node.EdgeType.PEER && n.parent != null ? n.parent : n;
                Node t = start.resolve(e.name());
                if (t == null || !Resolver.satisfies(t, e.dep())) {
                    return "Missing: " + e.dep().describe() + " needed by " + n + " from lock file";
                }
            }
        }
        return null;
    }

    static String summary(Reifier.Result r, long nanos) {
        long ms = nanos / 1_000_000;
        String time = ms < 1000 ? ms + "ms" : Math.round(ms / 1000.0) + "s";
        List<String> parts = new ArrayList<>();
        if (r.added() > 0) {
            parts.add("added " + r.added() + " package" + (r.added() == 1 ? "" : "s"));
        }
        if (r.removed() > 0) {
            parts.add("removed " + r.removed() + " package" + (r.removed() == 1 ? "" : "s"));
        }
        if (r.changed() > 0) {
            parts.add("changed " + r.changed() + " package" + (r.changed() == 1 ? "" : "s"));
        }
        if (parts.isEmpty()) {
            return "\nup to date in " + time;
        }
        String joined = parts.size() == 1 ? parts.get(0)
                : parts.size() == 2 ? parts.get(0) + " and " + parts.get(1)
                : parts.get(0) + ", " + parts.get(1) + ", and " + parts.get(2);
        return "\n" + joined + " in " + time;
    }
}
