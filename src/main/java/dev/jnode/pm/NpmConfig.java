package dev.jnode.pm;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * npm's configuration as read from {@code .npmrc} files (global, user, project, in rising priority)
 * and {@code npm_config_*} environment variables: registries per scope and auth per registry.
 */
public final class NpmConfig {
    public static final String DEFAULT_REGISTRY = "https://registry.npmjs.org/";
    private static final Pattern ENV_REF = Pattern.compile("(\\\\*)\\$\\{([^}]+)}");

    private final Map<String, String> values = new HashMap<>();

    private NpmConfig() {}

    /** Reads the files npm reads for a project rooted at {@code projectDir}. */
    public static NpmConfig load(Path projectDir, Map<String, String> env) {
        NpmConfig c = new NpmConfig();
        String globalFile = env.get("NPM_CONFIG_GLOBALCONFIG");
        if (globalFile != null) {
            c.readFile(Path.of(globalFile), env);
        } else {
            String prefix = env.getOrDefault("PREFIX", env.get("npm_config_prefix"));
            for (String p : prefix != null ? List.of(prefix + "/etc/npmrc") : List.of("/usr/etc/npmrc", "/usr/local/etc/npmrc")) {
                c.readFile(Path.of(p), env);
            }
        }
        String user = env.get("NPM_CONFIG_USERCONFIG");
        if (user == null) {
            user = env.get("npm_config_userconfig");
        }
        c.readFile(user != null ? Path.of(user) : Path.of(System.getProperty("user.home"), ".npmrc"), env);
        if (projectDir != null) {
            c.readFile(projectDir.resolve(".npmrc"), env);
        }
        for (Map.Entry<String, String> e : env.entrySet()) {
            String k = e.getKey().toLowerCase(Locale.ROOT);
            if (k.startsWith("npm_config_") && k.length() > 11) {
                String key = k.substring(11);
                // npm maps _ to - except in keys that start with _ or contain :_ (auth keys)
                if (!key.startsWith("_") && !key.contains(":_")) {
                    key = key.replace('_', '-');
                }
                c.values.put(key, e.getValue());
            }
        }
        return c;
    }

    /** A config from given key/values only, for tests. */
    public static NpmConfig of(Map<String, String> values) {
        NpmConfig c = new NpmConfig();
        c.values.putAll(values);
        return c;
    }

    private void readFile(Path file, Map<String, String> env) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            parseIni(Files.readString(file), env);
        } catch (IOException e) {
            // npm ignores unreadable config files too
        }
    }

    void parseIni(String text, Map<String, String> env) {
        for (String raw : text.split("\\r?\\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith(";") || line.startsWith("#") || line.startsWith("[")) {
                continue;
            }
            int eq = line.indexOf('=');
            String key = (eq < 0 ? line : line.substring(0, eq)).strip();
            String value = eq < 0 ? "true" : line.substring(eq + 1).strip();
            if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                    || value.startsWith("'") && value.endsWith("'"))) {
                value = value.substring(1, value.length() - 1);
            }
            if (key.endsWith("[]")) {
                continue; // list values are not used by the package manager yet
            }
            values.put(expand(key, env), expand(value, env));
        }
    }

    private static String expand(String s, Map<String, String> env) {
        Matcher m = ENV_REF.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String slashes = m.group(1);
            String rep;
            if (slashes.length() % 2 == 1) {
                rep = slashes.substring(1) + "${" + m.group(2) + "}";
            } else {
                String v = env.get(m.group(2));
                rep = slashes + (v != null ? v : "${" + m.group(2) + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(rep));
        }
        m.appendTail(out);
        return out.toString();
    }

    public String get(String key) {
        return values.get(key);
    }

    public boolean flag(String key) {
        String v = values.get(key);
        return v != null && !v.equals("false") && !v.isEmpty();
    }

    public void set(String key, String value) {
        values.put(key, value);
    }

    /** The registry for a package name: its scope's {@code @scope:registry}, else {@code registry}. */
    public String registryFor(String packageName) {
        if (packageName.startsWith("@")) {
            int slash = packageName.indexOf('/');
            if (slash > 0) {
                String scoped = values.get(packageName.substring(0, slash) + ":registry");
                if (scoped != null) {
                    return withSlash(scoped);
                }
            }
        }
        return withSlash(values.getOrDefault("registry", DEFAULT_REGISTRY));
    }

    private static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }

    /**
     * The Authorization header value for a URL, from the {@code //host/path/:_authToken} (bearer) or
     * {@code :_auth} / {@code :username}+{@code :_password} (basic) key with the longest matching path.
     */
    public String authorizationFor(String url) {
        URI u = URI.create(url);
        String hostPort = u.getHost() + (u.getPort() > 0 ? ":" + u.getPort() : "");
        String path = u.getRawPath() == null ? "/" : u.getRawPath();
        // Try //host/a/b/, //host/a/, //host/ in turn.
        String prefix = path.substring(0, path.lastIndexOf('/') + 1);
        while (true) {
            String nerf = "//" + hostPort + prefix;
            String token = values.get(nerf + ":_authToken");
            if (token != null) {
                return "Bearer " + token;
            }
            String auth = values.get(nerf + ":_auth");
            if (auth != null) {
                return "Basic " + auth;
            }
            String user = values.get(nerf + ":username");
            String pass = values.get(nerf + ":_password");
            if (user != null && pass != null) {
                String decoded = new String(java.util.Base64.getDecoder().decode(pass), java.nio.charset.StandardCharsets.UTF_8);
                return "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (user + ":" + decoded).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            if (prefix.equals("/") || prefix.isEmpty()) {
                return null;
            }
            prefix = prefix.substring(0, prefix.lastIndexOf('/', prefix.length() - 2) + 1);
        }
    }
}
