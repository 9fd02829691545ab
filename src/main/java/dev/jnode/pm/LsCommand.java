package dev.jnode.pm;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code jnode ls}: the installed tree as {@code npm ls} prints it (text or {@code --json}), with
 * npm's marks for extraneous, invalid, missing and deduped packages and its exit code 1 on problems.
 */
final class LsCommand {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One line of the printed tree: an installed node, or a dependency that is not installed. */
    private static final class Item {
        final Node node;
        final Node.Edge missingEdge;
        final Node missingFrom;
        final int level;
        boolean deduped;
        final List<Item> children = new ArrayList<>();

        Item(Node node, int level) {
            this(node, null, null, level);
        }

        Item(Node node, Node.Edge missingEdge, Node missingFrom, int level) {
            this.node = node;
            this.missingEdge = missingEdge;
            this.missingFrom = missingFrom;
            this.level = level;
        }

        String name() {
            return node != null ? node.name : missingEdge.name();
        }
    }

    private final InstalledTree tree;
    private final List<String> problems = new ArrayList<>();

    private LsCommand(InstalledTree tree) {
        this.tree = tree;
    }

    static int run(List<String> args, InstalledTree tree, PrintStream out, PrintStream err) {
        boolean json = false;
        int depth = 0;
        List<String> filters = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--json")) {
                json = true;
            } else if (a.equals("--all") || a.equals("-a")) {
                depth = Integer.MAX_VALUE;
            } else if (a.startsWith("--depth=")) {
                depth = parseDepth(a.substring("--depth=".length()));
            } else if (a.equals("--depth") && i + 1 < args.size()) {
                depth = parseDepth(args.get(++i));
            } else if (!a.startsWith("-")) {
                filters.add(a);
            }
        }
        LsCommand ls = new LsCommand(tree);
        Item top = ls.build(filters.isEmpty() ? depth : Integer.MAX_VALUE);
        boolean matched = filters.isEmpty() || ls.keepMatching(top, filters);
        ls.collectProblems(top);
        if (json) {
            out.print(NiceJson.plain(ls.toJson(top), "  "));
        } else {
            out.println(tree.id(tree.root) + " " + tree.rootDir);
            if (top.children.isEmpty()) {
                out.println("└── (empty)");
            } else {
                ls.print(out, top.children, "");
            }
            out.println();
        }
        if (!ls.problems.isEmpty()) {
            err.println("npm error code ELSPROBLEMS");
            ls.problems.forEach(p -> err.println("npm error " + p));
            return 1;
        }
        return matched ? 0 : 1;
    }

    private static int parseDepth(String s) {
        return s.equals("Infinity") ? Integer.MAX_VALUE : Integer.parseInt(s);
    }

    /** Breadth first, as npm walks it, so the shallowest occurrence of a package is the one expanded. */
    private Item build(int depth) {
        Item top = new Item(tree.root, 0);
        Set<Node> seen = new HashSet<>(List.of(tree.root));
        Deque<Item> todo = new ArrayDeque<>(List.of(top));
        while (!todo.isEmpty()) {
            Item item = todo.poll();
            if (item.node == null || item.level > depth) {
                continue;
            }
            for (Item child : childrenOf(item)) {
                item.children.add(child);
                if (child.node != null && !seen.add(child.node)) {
                    child.deduped = true;
                } else {
                    todo.add(child);
                }
            }
        }
        return top;
    }

    private List<Item> childrenOf(Item item) {
        Node n = item.node;
        List<Item> out = new ArrayList<>();
        for (Node.Edge e : n.edges()) {
            Node t = InstalledTree.target(n, e);
            if (t != null) {
                out.add(new Item(t, item.level + 1));
            } else if (e.type() != Node.EdgeType.OPTIONAL && e.type() != Node.EdgeType.PEER_OPTIONAL) {
                out.add(new Item(null, e, n, item.level + 1));
            }
        }
        for (Node c : n.children.values()) {
            if (tree.extraneous(c)) {
                out.add(new Item(c, item.level + 1));
            }
        }
        out.sort((a, b) -> LocaleOrder.INSTANCE.compare(a.name(), b.name()));
        return out;
    }

    /** Drops lines that neither match a filter nor lead to one; true when anything matched. */
    private boolean keepMatching(Item item, List<String> filters) {
        item.children.removeIf(c -> !keepMatching(c, filters));
        return !item.children.isEmpty() || (item.node != null && !item.node.isRoot() && matches(item.node, filters));
    }

    private static boolean matches(Node n, List<String> filters) {
        for (String f : filters) {
            DepSpec spec = DepSpec.parseArg(f);
            if ((n.name.equals(spec.name()) || n.packageName.equals(spec.name()))
                    && (spec.spec().isEmpty() || Resolver.satisfies(n, DepSpec.of(n.name, spec.spec())))) {
                return true;
            }
        }
        return false;
    }

    /** Level by level, the order npm reports them in. */
    private void collectProblems(Item top) {
        Deque<Item> todo = new ArrayDeque<>(top.children);
        while (!todo.isEmpty()) {
            Item c = todo.poll();
            problems.addAll(problemsOf(c));
            todo.addAll(c.children);
        }
    }

    private List<String> problemsOf(Item item) {
        List<String> out = new ArrayList<>();
        if (item.node == null) {
            out.add("missing: " + item.missingEdge.name() + "@" + item.missingEdge.dep().spec()
                    + ", required by " + tree.id(item.missingFrom));
        } else if (!item.deduped) {
            String where = tree.id(item.node) + " " + tree.dir(item.node);
            if (tree.extraneous(item.node)) {
                out.add("extraneous: " + where);
            }
            if (tree.invalidReason(item.node) != null) {
                out.add("invalid: " + where);
            }
        }
        return out;
    }

    private void print(PrintStream out, List<Item> items, String prefix) {
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            boolean last = i == items.size() - 1;
            out.println(prefix + (last ? "└─" : "├─") + (it.children.isEmpty() ? "─ " : "┬ ") + label(it));
            print(out, it.children, prefix + (last ? "  " : "│ "));
        }
    }

    private String label(Item it) {
        if (it.node == null) {
            return "UNMET DEPENDENCY " + it.missingEdge.name() + "@" + it.missingEdge.dep().spec();
        }
        StringBuilder sb = new StringBuilder(tree.id(it.node));
        if (it.deduped) {
            return sb.append(" deduped").toString();
        }
        String invalid = tree.invalidReason(it.node);
        if (invalid != null) {
            sb.append(" invalid: ").append(invalid);
        }
        if (tree.extraneous(it.node)) {
            sb.append(" extraneous");
        }
        return sb.toString();
    }

    private ObjectNode toJson(Item top) {
        ObjectNode root = JSON.createObjectNode();
        if (tree.root.version != null) {
            root.put("version", tree.root.version);
        }
        root.put("name", tree.rootName());
        if (!problems.isEmpty()) {
            problems.forEach(root.putArray("problems")::add);
        }
        putDependencies(root, top);
        if (!problems.isEmpty()) {
            ObjectNode error = root.putObject("error");
            error.put("code", "ELSPROBLEMS");
            error.put("summary", String.join("\n", problems));
            error.put("detail", "");
        }
        return root;
    }

    private void putDependencies(ObjectNode into, Item item) {
        if (item.children.isEmpty()) {
            return;
        }
        ObjectNode deps = into.putObject("dependencies");
        for (Item c : item.children) {
            ObjectNode o = deps.putObject(c.name());
            if (c.node == null) {
                if (c.missingFrom.isRoot()) { // npm names the wanted range only for the root's own dependencies
                    o.put("required", c.missingEdge.dep().spec());
                }
                o.put("missing", true);
            } else {
                o.put("version", c.node.version);
                if (c.deduped) {
                    continue;
                }
                o.put("overridden", false);
                if (tree.extraneous(c.node)) {
                    o.put("extraneous", true);
                }
                String invalid = tree.invalidReason(c.node);
                if (invalid != null) {
                    o.put("invalid", invalid);
                }
            }
            List<String> own = problemsOf(c);
            if (!own.isEmpty()) {
                own.forEach(o.putArray("problems")::add);
            }
            putDependencies(o, c);
        }
    }
}
