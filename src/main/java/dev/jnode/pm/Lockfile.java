package dev.jnode.pm;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * package-lock.json version 3, read into a {@link Node} tree and written back in npm's exact shape
 * and key order, plus the hidden lockfile {@code node_modules/.package-lock.json} that records what
 * is installed.
 */
final class Lockfile {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Manifest fields npm copies into a lockfile entry (it drops empty objects and falsy values). */
    private static final List<String> PKG_META_KEYS = List.of("version", "dependencies", "peerDependencies",
            "peerDependenciesMeta", "optionalDependencies", "bundleDependencies", "acceptDependencies", "funding",
            "engines", "os", "cpu", "libc", "license", "hasInstallScript", "bin", "deprecated", "workspaces");

    private Lockfile() {}

    /** Reads a lockfile (v2 or v3, "packages" section) into a tree rooted at the given package.json. */
    static Node read(Path file, JsonNode packageJson) throws IOException {
        JsonNode lock = JSON.readTree(file.toFile());
        int v = lock.path("lockfileVersion").asInt(0);
        JsonNode packages = lock.path("packages");
        if (v < 2 || !packages.isObject()) {
            throw new PmException("ELOCKVERSION", file + " has lockfileVersion " + v
                    + "; jnode reads versions 2 and 3 (run npm install once with npm 7+ to upgrade it)");
        }
        Node root = Node.root(packageJson);
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(packages.properties());
        // Parents before children: shorter locations first.
        entries.sort((a, b) -> Integer.compare(segments(a.getKey()), segments(b.getKey())));
        for (Map.Entry<String, JsonNode> e : entries) {
            String loc = e.getKey();
            if (loc.isEmpty()) {
                continue;
            }
            JsonNode meta = e.getValue();
            if (meta.path("link").asBoolean(false)) {
                throw new PmException("EUNSUPPORTED", "lockfile entry " + loc + " is a link (workspaces or file: "
                        + "dependencies), which jnode does not install yet");
            }
            if (!loc.startsWith("node_modules/") && !loc.contains("/node_modules/")) {
                continue; // workspace folders
            }
            int cut = loc.lastIndexOf("node_modules/");
            String name = loc.substring(cut + "node_modules/".length());
            if (!DepSpec.isValidName(name)) {
                throw new PmException("ELOCKFILE", "lockfile entry '" + loc + "' is not a valid package location");
            }
            String parentLoc = cut == 0 ? "" : loc.substring(0, cut - 1);
            Node parent = find(root, parentLoc);
            if (parent == null) {
                throw new PmException("ELOCKFILE", "lockfile entry " + loc + " has no parent entry " + parentLoc);
            }
            String pkgName = meta.path("name").asString(name);
            Node n = new Node(name, pkgName, meta.path("version").asString(null), meta);
            n.resolved = meta.path("resolved").asString(null);
            n.integrity = meta.path("integrity").asString(null);
            n.dev = meta.path("dev").asBoolean(false);
            n.optional = meta.path("optional").asBoolean(false);
            n.devOptional = meta.path("devOptional").asBoolean(false) || n.dev || n.optional;
            n.peer = meta.path("peer").asBoolean(false);
            parent.addChild(n);
        }
        return root;
    }

    /** Drops nodes no dependency edge reaches any more (npm calls them extraneous); returns how many. */
    static int pruneExtraneous(Node root) {
        java.util.Set<Node> reached = new java.util.HashSet<>();
        java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>();
        todo.add(root);
        reached.add(root);
        while (!todo.isEmpty()) {
            Node n = todo.poll();
            for (Node.Edge e : n.edges()) {
                if (e.type() == Node.EdgeType.PEER_OPTIONAL) {
                    continue; // npm: an optional peer alone does not keep a package
                }
                Node start = e.type() == Node.EdgeType.PEER && n.parent != null ? n.parent : n;
                Node t = start.resolve(e.name());
                if (t != null && reached.add(t)) {
                    todo.add(t);
                }
            }
        }
        int removed = 0;
        for (Node n : allNodes(root)) {
            if (!reached.contains(n) && n.parent != null && n.parent.children.get(n.name) == n) {
                n.parent.children.remove(n.name);
                removed++;
            }
        }
        return removed;
    }

    private static int segments(String loc) {
        int count = 0;
        for (int i = loc.indexOf("node_modules/"); i >= 0; i = loc.indexOf("node_modules/", i + 1)) {
            count++;
        }
        return count;
    }

    private static Node find(Node root, String loc) {
        if (loc.isEmpty()) {
            return root;
        }
        Node n = root;
        for (String part : loc.substring("node_modules/".length()).split("/node_modules/")) {
            n = n.children.get(part);
            if (n == null) {
                return null;
            }
        }
        return n;
    }

    /** The lockfile text npm would write for this tree. */
    static String write(Node root, JsonNode packageJson, boolean omitResolved) {
        ObjectNode lock = JSON.createObjectNode();
        if (packageJson.hasNonNull("name")) {
            lock.put("name", packageJson.get("name").asString());
        }
        if (packageJson.hasNonNull("version")) {
            lock.put("version", packageJson.get("version").asString());
        }
        lock.put("lockfileVersion", 3);
        lock.put("requires", true);
        ObjectNode packages = lock.putObject("packages");
        packages.set("", rootMeta(packageJson));
        for (Node n : allNodes(root)) {
            packages.set(n.location(), meta(n, omitResolved));
        }
        return NiceJson.lockfile(lock, "  ");
    }

    /** The hidden lockfile: the same entries without the root, recording the installed tree. */
    static String writeHidden(Node root, JsonNode packageJson, List<Node> installed) {
        ObjectNode lock = JSON.createObjectNode();
        if (packageJson.hasNonNull("name")) {
            lock.put("name", packageJson.get("name").asString());
        }
        if (packageJson.hasNonNull("version")) {
            lock.put("version", packageJson.get("version").asString());
        }
        lock.put("lockfileVersion", 3);
        lock.put("requires", true);
        ObjectNode packages = lock.putObject("packages");
        for (Node n : installed) {
            packages.set(n.location(), meta(n, false));
        }
        return NiceJson.lockfile(lock, "  ");
    }

    static List<Node> allNodes(Node root) {
        List<Node> out = new ArrayList<>();
        collect(root, out);
        out.remove(root);
        return out;
    }

    private static void collect(Node n, List<Node> out) {
        out.add(n);
        n.children.values().forEach(c -> collect(c, out));
    }

    private static ObjectNode rootMeta(JsonNode pkg) {
        ObjectNode m = JSON.createObjectNode();
        copyPkgMeta(pkg, m);
        if (pkg.hasNonNull("name")) {
            m.put("name", pkg.get("name").asString());
        }
        JsonNode dev = pkg.get("devDependencies");
        if (dev != null && dev.isObject()) {
            m.set("devDependencies", dev);
        }
        return m;
    }

    private static ObjectNode meta(Node n, boolean omitResolved) {
        ObjectNode m = JSON.createObjectNode();
        copyPkgMeta(n.manifest, m);
        if (!n.packageName.equals(n.name)) {
            m.put("name", n.packageName);
        }
        if (n.integrity != null) {
            m.put("integrity", n.integrity);
        }
        if (n.resolved != null && !omitResolved) {
            m.put("resolved", n.resolved);
        }
        if (n.peer) {
            m.put("peer", true);
        }
        if (n.dev) {
            m.put("dev", true);
        }
        if (n.optional) {
            m.put("optional", true);
        }
        if (n.devOptional && !n.dev && !n.optional) {
            m.put("devOptional", true);
        }
        return m;
    }

    private static void copyPkgMeta(JsonNode pkg, ObjectNode m) {
        for (String key : PKG_META_KEYS) {
            JsonNode val = key.equals("bundleDependencies") && !pkg.has(key) ? pkg.get("bundledDependencies") : pkg.get(key);
            if (key.equals("hasInstallScript") && val == null) {
                val = hasInstallScript(pkg) ? JSON.getNodeFactory().booleanNode(true) : null;
            }
            if (key.equals("bin") && val != null) {
                val = BinMap.normalise(val, pkg.path("name").asString(""));
            }
            if (key.equals("funding") && val != null) {
                val = normaliseFunding(val);
            }
            if (key.equals("license") && val != null && val.isObject() && val.has("type")) {
                val = val.get("type");
            }
            if (truthy(val)) {
                m.set(key, val);
            }
        }
    }

    /** npm's manifest normalisation turns a funding URL string into {@code {"url": ...}}, also inside arrays. */
    private static JsonNode normaliseFunding(JsonNode val) {
        if (val.isString()) {
            return JSON.createObjectNode().put("url", val.asString());
        }
        if (val.isArray()) {
            tools.jackson.databind.node.ArrayNode out = JSON.createArrayNode();
            val.forEach(v -> out.add(v.isString() ? JSON.createObjectNode().put("url", v.asString()) : v));
            return out;
        }
        return val;
    }

    static boolean hasInstallScript(JsonNode pkg) {
        if (pkg.path("hasInstallScript").asBoolean(false)) {
            return true;
        }
        JsonNode s = pkg.path("scripts");
        return s.has("preinstall") || s.has("install") || s.has("postinstall");
    }

    private static boolean truthy(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return false;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isString()) {
            return !v.stringValue().isEmpty();
        }
        if (v.isNumber()) {
            return v.doubleValue() != 0;
        }
        return !v.isEmpty(); // npm keeps objects and arrays only when they have keys
    }
}
