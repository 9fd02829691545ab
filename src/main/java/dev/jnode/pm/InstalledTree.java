package dev.jnode.pm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * What node_modules holds, read from the package.json of each folder (npm's "actual tree"), with
 * each node's incoming edges: the input of {@code ls}, {@code why} and {@code outdated}.
 */
final class InstalledTree {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One dependency edge seen from its target: who asks, and for what. */
    record Incoming(Node from, Node.Edge edge) {}

    final Path rootDir;
    final Node root;
    private final Map<Node, List<Incoming>> incoming = new HashMap<>();
    private final Set<Node> reached = new HashSet<>();

    private InstalledTree(Path rootDir, Node root) {
        this.rootDir = rootDir;
        this.root = root;
    }

    static InstalledTree load(Path rootDir, JsonNode packageJson) throws IOException {
        InstalledTree tree = new InstalledTree(rootDir, Node.root(packageJson));
        readChildren(tree.root, rootDir.resolve("node_modules"));
        tree.linkEdges();
        DepFlags.compute(tree.root);
        return tree;
    }

    private static void readChildren(Node parent, Path nodeModules) throws IOException {
        if (!Files.isDirectory(nodeModules)) {
            return;
        }
        List<Path> folders = new ArrayList<>();
        try (Stream<Path> s = Files.list(nodeModules)) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                if (n.startsWith("@") && Files.isDirectory(p)) {
                    try (Stream<Path> scoped = Files.list(p)) {
                        folders.addAll(scoped.toList());
                    }
                } else if (!n.startsWith(".")) {
                    folders.add(p);
                }
            }
        }
        for (Path dir : folders) {
            Path manifestFile = dir.resolve("package.json");
            if (!Files.isRegularFile(manifestFile)) {
                continue; // npm also skips folders without a package.json
            }
            String name = nodeModules.relativize(dir).toString().replace('\\', '/');
            JsonNode manifest = JSON.readTree(manifestFile.toFile());
            Node n = new Node(name, manifest.path("name").asString(name), manifest.path("version").asString(""), manifest);
            parent.addChild(n);
            readChildren(n, dir.resolve("node_modules"));
        }
    }

    private void linkEdges() {
        Deque<Node> todo = new ArrayDeque<>(List.of(root));
        reached.add(root);
        while (!todo.isEmpty()) {
            Node n = todo.poll();
            for (Node.Edge e : n.edges()) {
                Node t = target(n, e);
                if (t == null) {
                    continue;
                }
                incoming.computeIfAbsent(t, k -> new ArrayList<>()).add(new Incoming(n, e));
                if (reached.add(t)) {
                    todo.add(t);
                }
            }
        }
    }

    /** Where an edge lands by Node's lookup (peers are looked up from the dependent's parent). */
    static Node target(Node from, Node.Edge e) {
        Node start = e.type() == Node.EdgeType.PEER || e.type() == Node.EdgeType.PEER_OPTIONAL
                ? (from.parent != null ? from.parent : from) : from;
        return start.resolve(e.name());
    }

    List<Incoming> incoming(Node n) {
        return incoming.getOrDefault(n, List.of());
    }

    /** No edge from the root's dependency graph reaches it. */
    boolean extraneous(Node n) {
        return n != root && !reached.contains(n);
    }

    /** npm's {@code invalid} text: the specs this node fails, with who asks; null when it satisfies all. */
    String invalidReason(Node n) {
        List<String> reasons = new ArrayList<>();
        for (Incoming in : incoming(n)) {
            if (!Resolver.satisfies(n, in.edge().dep())) {
                reasons.add("\"" + in.edge().dep().spec() + "\" from " + describeDependent(in.from()));
            }
        }
        return reasons.isEmpty() ? null : String.join(", ", reasons);
    }

    static String describeDependent(Node from) {
        return from.isRoot() ? "the root project" : from.packageName + "@" + from.version;
    }

    /** arborist's pkgid: the folder name (the package name for the root), then the version. */
    String id(Node n) {
        String name = n.isRoot() ? rootName() : n.name;
        String alias = !n.isRoot() && !n.name.equals(n.packageName) ? "npm:" + n.packageName + "@" : "";
        return name + "@" + alias + (n.version == null ? "" : n.version);
    }

    /** package.json's name, else the folder's, as arborist names a root. */
    String rootName() {
        String n = root.packageName;
        return n == null || n.isEmpty() ? rootDir.getFileName().toString() : n;
    }

    Path dir(Node n) {
        return n.isRoot() ? rootDir : rootDir.resolve(n.location());
    }
}
