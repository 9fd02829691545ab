package dev.jnode.pm;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The lockfile's {@code dev}, {@code optional}, {@code devOptional} and {@code peer} flags: a flag
 * stays set on a node only if every path from the root to it goes through that kind of edge.
 */
final class DepFlags {
    private DepFlags() {}

    static void compute(Node root) {
        Deque<Node> all = new ArrayDeque<>();
        all.push(root);
        while (!all.isEmpty()) {
            Node n = all.pop();
            boolean isRoot = n.isRoot();
            n.dev = n.optional = n.devOptional = n.peer = !isRoot;
            n.children.values().forEach(all::push);
        }
        Deque<Node> todo = new ArrayDeque<>();
        todo.add(root);
        while (!todo.isEmpty()) {
            Node n = todo.poll();
            for (Node.Edge e : n.edges()) {
                boolean peer = e.type() == Node.EdgeType.PEER || e.type() == Node.EdgeType.PEER_OPTIONAL;
                Node start = peer && n.parent != null ? n.parent : n;
                Node t = start.resolve(e.name());
                if (t == null || !t.packageName.equals(e.dep().fetchName())) {
                    continue;
                }
                boolean edgeDev = e.type() == Node.EdgeType.DEV;
                boolean edgeOpt = e.type() == Node.EdgeType.OPTIONAL || e.type() == Node.EdgeType.PEER_OPTIONAL;
                boolean changed = false;
                if (t.dev && !n.dev && !edgeDev) {
                    t.dev = false;
                    changed = true;
                }
                if (t.optional && !n.optional && !edgeOpt) {
                    t.optional = false;
                    changed = true;
                }
                if (t.devOptional && !n.devOptional && !edgeDev && !edgeOpt) {
                    t.devOptional = false;
                    changed = true;
                }
                if (t.peer && !n.peer && !peer) {
                    t.peer = false;
                    changed = true;
                }
                if (changed) {
                    todo.add(t);
                }
            }
        }
    }
}
