package dev.jnode.pm;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code jnode exec} / {@code jnode x}, like npx: a command from the project's {@code node_modules/.bin}
 * when it is there, else from packages installed into a folder of the jnode cache (one per set of
 * specs, reused next time). JavaScript bins run with jnode itself.
 */
final class ExecCommand {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path cwd;
    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;

    ExecCommand(Path cwd, Map<String, String> env, PrintStream out, PrintStream err) {
        this.cwd = cwd;
        this.env = env;
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) throws IOException, InterruptedException {
        List<String> packages = new ArrayList<>();
        String shellCommand = null;
        List<String> command = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!command.isEmpty()) {
                command.add(a); // everything after the command belongs to it
            } else if ((a.equals("-p") || a.equals("--package")) && i + 1 < args.size()) {
                packages.add(args.get(++i));
            } else if (a.startsWith("--package=")) {
                packages.add(a.substring("--package=".length()));
            } else if ((a.equals("-c") || a.equals("--call")) && i + 1 < args.size()) {
                shellCommand = args.get(++i);
            } else if (a.equals("--") || a.equals("-y") || a.equals("--yes")) {
                continue; // no prompt to skip: without a terminal npx installs after a warning too
            } else {
                command.add(a);
            }
        }
        if (shellCommand == null && command.isEmpty()) {
            throw new PmException("EUSAGE", "Usage:\njnode exec -- <pkg>[@<version>] [args...]\n"
                    + "jnode exec --package=<pkg>[@<version>] -- <cmd> [args...]\njnode exec -c '<cmd> [args...]'\n"
                    + "jnode x <pkg>[@<version>] [args...]");
        }
        List<Path> binDirs = new ArrayList<>();
        String executable = command.isEmpty() ? null : command.get(0);
        if (packages.isEmpty() && executable != null) {
            Path local = localBin(executable);
            if (local != null) {
                return spawn(launch(local, command.subList(1, command.size())), binDirs);
            }
            packages.add(executable); // npx foo: foo names the package, and its bin is the command
            executable = null;
        }
        Path prefix = packages.isEmpty() ? null : installIntoCache(packages);
        if (prefix != null) {
            binDirs.add(prefix.resolve("node_modules/.bin"));
        }
        if (shellCommand != null) {
            return spawn(List.of("sh", "-c", shellCommand), binDirs);
        }
        if (executable == null) {
            executable = defaultBin(prefix, DepSpec.parseArg(packages.get(0)).name());
        }
        Path bin = prefix.resolve("node_modules/.bin").resolve(executable);
        if (!Files.exists(bin)) {
            bin = localBin(executable);
        }
        if (bin == null) {
            throw new PmException("ENOENT", "could not find command " + executable);
        }
        return spawn(launch(bin, command.subList(1, command.size())), binDirs);
    }

    private Path localBin(String name) {
        for (Path p = cwd; p != null; p = p.getParent()) {
            Path bin = p.resolve("node_modules/.bin").resolve(name);
            if (Files.exists(bin)) {
                return bin;
            }
        }
        return null;
    }

    /** Installs the specs into {@code <cache>/_npx/<hash of the specs>} with jnode's own installer, quietly. */
    private Path installIntoCache(List<String> specs) throws IOException {
        Path dir = ContentCache.standard(env).root().resolve("_npx").resolve(hash(String.join("\n", specs)));
        Path pkgFile = dir.resolve("package.json");
        ObjectNode deps = JSON.createObjectNode();
        for (String s : specs) {
            DepSpec d = DepSpec.parseArg(s);
            deps.put(d.name(), d.fetchName().equals(d.name()) ? d.spec() : "npm:" + d.fetchName() + "@" + d.spec());
        }
        ObjectNode pkg = JSON.createObjectNode();
        pkg.set("dependencies", deps);
        boolean fresh = !Files.isRegularFile(pkgFile);
        if (fresh) {
            Files.createDirectories(dir);
            Files.writeString(pkgFile, NiceJson.plain(pkg, "  "));
        }
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        int code = PackageManagerCli.run(new String[] {"install", "--ignore-scripts"}, dir, env, quiet, err);
        if (code != 0) {
            throw new PmException("EEXECINSTALL", "could not install " + String.join(", ", specs));
        }
        if (fresh) { // npx names the versions it chose, so this comes after the install
            List<String> ids = new ArrayList<>();
            for (String name : deps.propertyNames()) {
                Path manifest = dir.resolve("node_modules").resolve(name).resolve("package.json");
                ids.add(name + "@" + JSON.readTree(manifest.toFile()).path("version").asString());
            }
            err.println("npm warn exec The following package" + (ids.size() == 1 ? " was" : "s were")
                    + " not found and will be installed: " + String.join(", ", ids));
        }
        return dir;
    }

    /** npm's choice: the package's only bin, else the one named like the package (without its scope). */
    private static String defaultBin(Path prefix, String name) {
        JsonNode manifest = JSON.readTree(prefix.resolve("node_modules").resolve(name).resolve("package.json").toFile());
        ObjectNode bins = BinMap.normalise(manifest.path("bin"), name); // null when the package has none
        String unscoped = name.substring(name.indexOf('/') + 1);
        if (bins != null && bins.size() == 1) {
            return bins.propertyNames().iterator().next();
        }
        if (bins != null && bins.has(unscoped)) {
            return unscoped;
        }
        throw new PmException(null, "could not determine executable to run");
    }

    /** A JavaScript bin runs with the jnode that runs us; anything else runs as itself. */
    private List<String> launch(Path bin, List<String> args) throws IOException {
        Path target = bin.toRealPath();
        String launcher = env.get("JNODE_LAUNCHER");
        List<String> cmd = new ArrayList<>();
        if (launcher != null && isJavaScript(target)) {
            cmd.add(launcher);
        }
        cmd.add(target.toString());
        cmd.addAll(args);
        return cmd;
    }

    private static boolean isJavaScript(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (name.endsWith(".js") || name.endsWith(".cjs") || name.endsWith(".mjs")) {
            return true;
        }
        byte[] head = new byte[128];
        int n;
        try (var in = Files.newInputStream(file)) {
            n = Math.max(0, in.read(head));
        }
        String firstLine = new String(head, 0, n, StandardCharsets.UTF_8).lines().findFirst().orElse("");
        return firstLine.startsWith("#!") && firstLine.contains("node");
    }

    private int spawn(List<String> command, List<Path> extraBinDirs) throws IOException, InterruptedException {
        Path pkgFile = cwd.resolve("package.json");
        JsonNode pkg = Files.isRegularFile(pkgFile) ? JSON.readTree(pkgFile.toFile()) : JSON.createObjectNode();
        ScriptRunner runner = new ScriptRunner(cwd, pkg, env, out, err);
        Map<String, String> environment = runner.environment("npx", String.join(" ", command));
        environment.put("npm_command", "exec");
        StringBuilder path = new StringBuilder();
        extraBinDirs.forEach(d -> path.append(d).append(java.io.File.pathSeparator));
        environment.put("PATH", path + environment.get("PATH"));
        return runner.spawn(command, environment);
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
