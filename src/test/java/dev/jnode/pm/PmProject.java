package dev.jnode.pm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** A project folder, a fake registry and a private cache: runs package manager commands the way a test needs. */
final class PmProject implements AutoCloseable {
    final Path tmp;
    final Path dir;
    final FakeRegistry registry;
    /** Variables a test adds to the environment of every command. */
    final Map<String, String> extraEnv = new HashMap<>();
    String stdout;
    String stderr;

    PmProject(Path tmp) throws IOException {
        this.tmp = tmp;
        this.dir = Files.createDirectories(tmp.resolve("project"));
        this.registry = new FakeRegistry();
    }

    Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", System.getenv("PATH"));
        env.put("npm_config_registry", registry.url());
        env.put("NPM_CONFIG_USERCONFIG", tmp.resolve("no-user-npmrc").toString());
        env.put("NPM_CONFIG_GLOBALCONFIG", tmp.resolve("no-global-npmrc").toString());
        env.put("JNODE_CACHE", tmp.resolve("cache").toString());
        env.putAll(extraEnv);
        return env;
    }

    int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = PackageManagerCli.run(args, dir, env(), new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        stdout = o.toString(StandardCharsets.UTF_8);
        stderr = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    void packageJson(String json) throws IOException {
        Files.writeString(dir.resolve("package.json"), json);
    }

    /** A folder in node_modules with only a package.json, as if someone put it there by hand. */
    void installByHand(String location, String name, String version) throws IOException {
        Path d = Files.createDirectories(dir.resolve(location));
        Files.writeString(d.resolve("package.json"), "{\"name\":\"" + name + "\",\"version\":\"" + version + "\"}");
    }

    @Override
    public void close() {
        registry.close();
    }
}
