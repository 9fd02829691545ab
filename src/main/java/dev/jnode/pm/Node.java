package dev.jnode.pm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/** One package folder in the node_modules tree (or the project root), with its dependency edges. */
public final class Node {
    /** How one package depends on another; decides lockfile flags and what {@code --omit} drops. */
    public enum EdgeType { PROD, DEV, OPTIONAL, PEER, PEER_OPTIONAL }

    /** A dependency of this node: folder name, what it asks for, and of which kind. */
    public record Edge(DepSpec dep, EdgeType type) {
        public String name() {
            return dep.name();
        }
    }

    final String name;
    final String packageName;
    final String version;
    /** The manifest: a registry version document, a lockfile entry, or the root's package.json. */
    final JsonNode manifest;
    String resolved;
    String integrity;
    Node parent;
    final TreeMap<String, Node> children = new TreeMap<>();
    boolean dev;
    boolean optional;
    boolean devOptional;
    boolean peer;
    /** Set when the resolver replaced this node (and so its subtree) with another. */
    boolean removed;

    Node(String name, String packageName, String version, JsonNode manifest) {
        this.name = name;
        this.packageName = packageName;
        this.version = version;
        this.manifest = manifest;
    }

    /** The project itself: only its devDependencies count. Fixed at creation, unlike {@code parent}. */
    private boolean projectRoot;

    static Node root(JsonNode packageJson) {
        String n = packageJson.path("name").asString("");
        Node root = new Node(n, n, packageJson.path("version").asString(null), packageJson);
        root.projectRoot = true;
        return root;
    }

    boolean isRoot() {
        return projectRoot;
    }

    /** The lockfile key: {@code node_modules/a/node_modules/@s/b}; empty for the root. */
    String location() {
        if (projectRoot || parent == null) {
            return "";
        }
        String p = parent.location();
        return (p.isEmpty() ? "" : p + "/") + "node_modules/" + name;
    }

    int depth() {
        return parent == null ? 0 : parent.depth() + 1;
    }

    /** Node's module resolution from this folder: own node_modules first, then each ancestor's. */
    Node resolve(String depName) {
        for (Node n = this; n != null; n = n.parent) {
            Node c = n.children.get(depName);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    void markRemoved() {
        removed = true;
        children.values().forEach(Node::markRemoved);
    }

    void addChild(Node child) {
        child.parent = this;
        children.put(child.name, child);
    }

    private List<Edge> edges;

    /** Edges as npm reads them: optionalDependencies override dependencies; dev only for the root. */
    List<Edge> edges() {
        if (edges == null) {
            edges = List.copyOf(readEdges()); // the manifest never changes; placement asks often
        }
        return edges;
    }

    private List<Edge> readEdges() {
        Map<String, Edge> out = new LinkedHashMap<>();
        if (isRoot()) {
            add(out, "devDependencies", EdgeType.DEV);
        }
        JsonNode meta = manifest.path("peerDependenciesMeta");
        for (Map.Entry<String, JsonNode> e : manifest.path("peerDependencies").properties()) {
            boolean opt = meta.path(e.getKey()).path("optional").asBoolean(false);
            out.put(e.getKey(), new Edge(DepSpec.of(e.getKey(), e.getValue().asString("")),
                    opt ? EdgeType.PEER_OPTIONAL : EdgeType.PEER));
        }
        add(out, "dependencies", EdgeType.PROD);
        add(out, "optionalDependencies", EdgeType.OPTIONAL);
        List<String> bundled = new ArrayList<>();
        JsonNode b = manifest.has("bundleDependencies") ? manifest.get("bundleDependencies") : manifest.path("bundledDependencies");
        if (b.isArray()) {
            b.forEach(x -> bundled.add(x.asString()));
        }
        if (!isRoot()) {
            bundled.forEach(out::remove); // they come inside the tarball
        }
        List<Edge> list = new ArrayList<>(out.values());
        list.sort((x, y) -> LocaleOrder.INSTANCE.compare(x.name(), y.name()));
        return list;
    }

    private void add(Map<String, Edge> out, String field, EdgeType type) {
        for (Map.Entry<String, JsonNode> e : manifest.path(field).properties()) {
            out.put(e.getKey(), new Edge(DepSpec.of(e.getKey(), e.getValue().asString("")), type));
        }
    }

    @Override
    public String toString() {
        return (location().isEmpty() ? "(root)" : location()) + "@" + version;
    }
}
