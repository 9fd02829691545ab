package dev.jnode.pm;

import dev.jnode.pm.semver.Range;
import dev.jnode.pm.semver.SemverOptions;
import dev.jnode.pm.semver.Version;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * Builds the ideal node_modules tree from package.json, as npm's arborist does: breadth first, each
 * missing or unsatisfied dependency placed in the shallowest folder where it conflicts with nothing,
 * so that Node's lookup from the dependent finds it and nobody else's lookup changes.
 *
 * <p>Package documents are requested as soon as a node is queued, so the network works ahead of
 * placement; placement itself stays in a fixed order so the tree is deterministic.
 */
final class Resolver {
    private static final SemverOptions LOOSE = SemverOptions.LOOSE;

    private final RegistryClient registry;
    /** Versions a previous lockfile chose, by package name, preferred when they still satisfy. */
    private final Map<String, List<String>> preferred;
    private final Consumer<String> warn;
    /** npm's --legacy-peer-deps: peer dependencies are neither installed nor checked (npm 6). */
    private final boolean legacyPeerDeps;

    Resolver(RegistryClient registry, Map<String, List<String>> preferred, Consumer<String> warn, boolean legacyPeerDeps) {
        this.registry = registry;
        this.preferred = preferred;
        this.warn = warn;
        this.legacyPeerDeps = legacyPeerDeps;
    }

    Node resolve(JsonNode packageJson) {
        Node root = Node.root(packageJson);
        PriorityQueue<Node> queue = new PriorityQueue<>(Comparator.comparingInt(Node::depth)
                .thenComparing(Node::location, LocaleOrder.INSTANCE));
        prefetch(root);
        queue.add(root);
        while (!queue.isEmpty()) {
            Node node = queue.poll();
            if (!attached(node)) {
                continue;
            }
            for (Node.Edge edge : node.edges()) {
                for (Node placed : satisfy(root, node, edge)) {
                    prefetch(placed);
                    queue.add(placed);
                }
            }
        }
        DepFlags.compute(root);
        return root;
    }

    private static boolean attached(Node n) {
        return !n.removed;
    }

    private void prefetch(Node node) {
        for (Node.Edge e : node.edges()) {
            if (e.dep().registry() && e.type() != Node.EdgeType.PEER_OPTIONAL) {
                registry.packument(e.dep().fetchName());
            }
        }
    }

    /**
     * Makes the edge resolve; returns the nodes newly placed for it: the dependency and, placed with
     * it as npm does, its peers (which must be visible from where it lands).
     */
    private List<Node> satisfy(Node root, Node from, Node.Edge edge) {
        boolean peer = edge.type() == Node.EdgeType.PEER || edge.type() == Node.EdgeType.PEER_OPTIONAL;
        if (peer && legacyPeerDeps) {
            return List.of();
        }
        Node start = peer && from.parent != null ? from.parent : from;
        Node current = start.resolve(edge.name());
        if (current != null && satisfies(current, edge.dep())) {
            return List.of();
        }
        if (edge.type() == Node.EdgeType.PEER_OPTIONAL) {
            return List.of(); // only checked, never installed, when absent
        }
        if (!edge.dep().registry()) {
            throw new PmException("EUNSUPPORTED", "jnode cannot install '" + edge.dep().describe()
                    + "' yet (only registry dependencies are supported)" + (from.isRoot() ? "" : ", needed by " + from));
        }
        JsonNode manifest;
        try {
            manifest = pick(edge.dep());
        } catch (PmException e) {
            if (edge.type() == Node.EdgeType.OPTIONAL) {
                warn.accept("optional dependency " + edge.dep().describe() + " skipped: " + e.getMessage());
                return List.of();
            }
            if (!from.isRoot() && e.code().equals("ETARGET")) {
                throw new PmException(e.code(), e.getMessage() + " (" + (peer ? "peer " : "") + "dependency of "
                        + from.packageName + "@" + from.version + " at " + from.location() + ")");
            }
            throw e;
        }
        Node fresh = new Node(edge.name(), edge.dep().fetchName(), manifest.path("version").asString(), manifest);
        JsonNode dist = manifest.path("dist");
        fresh.resolved = dist.path("tarball").asString(null);
        fresh.integrity = dist.has("integrity") ? dist.get("integrity").asString()
                : dist.has("shasum") ? Integrity.fromShasum(dist.get("shasum").asString()).toString() : null;

        Node target = placement(start, fresh);
        Node existing = target.children.get(fresh.name);
        if (existing != null) {
            // Replacing a conflicting node where the dependent's lookup would otherwise find it is
            // only allowed when nobody else still needs that node; otherwise npm stops with ERESOLVE.
            String needs = brokenDependent(root, existing, fresh);
            if (needs != null) {
                throw new PmException("ERESOLVE", "ERESOLVE unable to resolve dependency tree\n\n"
                        + "While resolving: " + from.packageName + (from.version != null ? "@" + from.version : "") + "\n"
                        + "Found: " + existing.packageName + "@" + existing.version + "\n" + existing.location() + "\n"
                        + "  " + needs + "\n\nCould not resolve dependency:\n"
                        + (peer ? "peer " : "") + edge.name() + "@\"" + edge.dep().spec() + "\" from "
                        + (from.isRoot() ? "the root project" : from.packageName + "@" + from.version) + "\n\n"
                        + "Fix the upstream dependency conflict, or retry\nthis command with --legacy-peer-deps");
            }
            existing.markRemoved();
        }
        target.addChild(fresh);
        if (Platform.mismatch(manifest) == null) {
            registry.prefetchPackage(fresh.packageName + "@" + fresh.version, fresh.resolved, Integrity.parse(fresh.integrity));
        }
        List<Node> placed = new ArrayList<>(List.of(fresh));
        for (Node.Edge e : fresh.edges()) {
            if (e.type() == Node.EdgeType.PEER && !legacyPeerDeps) {
                placed.addAll(satisfy(root, fresh, e));
            }
        }
        return placed;
    }

    /** The shallowest folder from {@code start} upwards where the new node can go. */
    private Node placement(Node start, Node fresh) {
        Node best = start;
        for (Node t = start; t != null; t = t.parent) {
            Node there = t.children.get(fresh.name);
            if (there != null) {
                if (t == start) {
                    best = t; // replace the unsatisfying one right where the dependent looks first
                }
                break;
            }
            if (breaksDescendants(t, fresh) || (!legacyPeerDeps && peerConflict(t, fresh))) {
                break;
            }
            best = t;
        }
        return best;
    }

    /** Who (if anyone) still resolves to {@code existing} and would reject {@code fresh} in its place. */
    private static String brokenDependent(Node root, Node existing, Node fresh) {
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            for (Node.Edge e : n.edges()) {
                if (!e.name().equals(existing.name) || e.type() == Node.EdgeType.PEER_OPTIONAL) {
                    continue;
                }
                boolean peerEdge = e.type() == Node.EdgeType.PEER;
                Node start = peerEdge && n.parent != null ? n.parent : n;
                if (start.resolve(e.name()) == existing && satisfies(existing, e.dep()) && !satisfies(fresh, e.dep())) {
                    return e.name() + "@\"" + e.dep().spec() + "\" from "
                            + (n.isRoot() ? "the root project" : n.packageName + "@" + n.version);
                }
            }
            for (Node c : n.children.values()) {
                if (!c.removed) {
                    todo.push(c);
                }
            }
        }
        return null;
    }

    /** Whether, placed in {@code t}, the node would see a version of one of its peers that it rejects. */
    private static boolean peerConflict(Node t, Node fresh) {
        for (Node.Edge e : fresh.edges()) {
            if (e.type() == Node.EdgeType.PEER) {
                Node seen = t.resolve(e.name());
                if (seen != null && !satisfies(seen, e.dep())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether placing the node in {@code t} would turn a dependency that resolves fine today into one
     * that resolves to this node and rejects it. Only lookups that pass through {@code t} change:
     * those of nodes in t's subtree with no folder of the same name in between.
     */
    private static boolean breaksDescendants(Node t, Node fresh) {
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(t);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            for (Node.Edge e : n.edges()) {
                if (!e.name().equals(fresh.name)) {
                    continue;
                }
                boolean peer = e.type() == Node.EdgeType.PEER || e.type() == Node.EdgeType.PEER_OPTIONAL;
                if ((peer && n == t) || satisfies(fresh, e.dep())) {
                    continue; // a peer of t itself is looked up above t
                }
                Node now = (peer ? n.parent : n).resolve(fresh.name);
                if (now != null && satisfies(now, e.dep())) {
                    return true;
                }
            }
            for (Node c : n.children.values()) {
                if (!c.children.containsKey(fresh.name)) {
                    todo.push(c);
                }
            }
        }
        return false;
    }

    static boolean satisfies(Node node, DepSpec dep) {
        if (!node.packageName.equals(dep.fetchName())) {
            return false;
        }
        String spec = dep.spec();
        if (spec.isEmpty() || spec.equals("*") || spec.equals("latest")) {
            return true;
        }
        Version v = Version.tryParse(node.version, LOOSE);
        Range r = Range.tryParse(spec, LOOSE);
        if (r == null) {
            return !dep.registry() || isTag(spec); // a tag: any version is acceptable once installed
        }
        return v != null && r.test(v);
    }

    private static boolean isTag(String spec) {
        return Version.tryParse(spec, LOOSE) == null && Range.tryParse(spec, LOOSE) == null;
    }

    /**
     * npm-pick-manifest's choice: a dist-tag's version, an exact version, or for a range the
     * {@code latest} tag's version when it fits (and is neither deprecated nor engine-incompatible),
     * else the best version in range ranked by (not deprecated and engine ok), engine ok, not
     * deprecated, then highest. A version a previous lockfile chose wins while it still fits.
     */
    JsonNode pick(DepSpec dep) {
        JsonNode doc;
        try {
            doc = registry.packument(dep.fetchName()).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof PmException p ? p : new PmException("ENETWORK", e.getCause().toString());
        }
        JsonNode versions = doc.path("versions");
        JsonNode tags = doc.path("dist-tags");
        String spec = dep.spec().isEmpty() ? "latest" : dep.spec();
        Version exact = Version.tryParse(spec, LOOSE);
        Range range = exact == null ? Range.tryParse(spec, LOOSE) : null;
        if (exact == null && range == null) { // a dist-tag
            String v = tags.path(spec).asString(null);
            if (v == null || !versions.has(v)) {
                throw new PmException("ETARGET", "No matching version found for " + dep.describe() + ".");
            }
            return versions.get(v);
        }
        if (exact != null) {
            if (!versions.has(exact.toString())) {
                throw new PmException("ETARGET", "No matching version found for " + dep.describe() + ".");
            }
            return versions.get(exact.toString());
        }
        for (String v : preferred.getOrDefault(dep.fetchName(), List.of())) {
            if (versions.has(v) && range.test(v)) {
                return versions.get(v);
            }
        }
        String latest = tags.path("latest").asString(null);
        if (latest != null && versions.has(latest) && (spec.equals("*") || range.test(latest))) {
            JsonNode m = versions.get(latest);
            if (!m.has("deprecated") && engineOk(m)) {
                return m;
            }
        }
        JsonNode best = null;
        Version bestVersion = null;
        int bestRank = -1;
        for (Map.Entry<String, JsonNode> e : versions.properties()) {
            Version v = Version.tryParse(e.getKey(), LOOSE);
            if (v == null || !range.test(v)) {
                continue;
            }
            boolean notDeprecated = !e.getValue().has("deprecated");
            boolean engine = engineOk(e.getValue());
            int rank = ((notDeprecated && engine) ? 4 : 0) + (engine ? 2 : 0) + (notDeprecated ? 1 : 0);
            if (rank > bestRank || (rank == bestRank && v.compareTo(bestVersion) > 0)) {
                best = e.getValue();
                bestVersion = v;
                bestRank = rank;
            }
        }
        if (best == null) {
            throw new PmException("ETARGET", "No matching version found for " + dep.describe() + ".");
        }
        return best;
    }

    /** npm-install-checks' engine test against the Node version jnode implements. */
    static boolean engineOk(JsonNode manifest) {
        JsonNode node = manifest.path("engines").path("node");
        if (!node.isString() || node.asString().isEmpty()) {
            return true;
        }
        Range r = Range.tryParse(node.asString(), new SemverOptions(false, true));
        return r != null && r.test(NODE_VERSION); // an unparsable range fails, as semver.satisfies does
    }

    private static final Version NODE_VERSION = Version.parse(dev.jnode.engine.NodeVersion.NODE.substring(1));

    static Map<String, List<String>> preferredFrom(Node lockRoot) {
        Map<String, List<String>> out = new HashMap<>();
        if (lockRoot == null) {
            return out;
        }
        Deque<Node> todo = new ArrayDeque<>(lockRoot.children.values());
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            out.computeIfAbsent(n.packageName, k -> new ArrayList<>()).add(n.version);
            todo.addAll(n.children.values());
        }
        return out;
    }
}
