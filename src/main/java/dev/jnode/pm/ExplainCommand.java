package dev.jnode.pm;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code jnode why <name>} ({@code explain}): each installed copy of a package and the chain of edges that brought it, as npm explain prints them. */
final class ExplainCommand {
    private ExplainCommand() {}

    static int run(List<String> args, InstalledTree tree, PrintStream out, PrintStream err) {
        List<String> names = args.stream().filter(a -> !a.startsWith("-")).toList();
        if (names.isEmpty()) {
            throw new PmException("EUSAGE", "Usage:\nnpm explain <package-spec>\n\nExplain installed packages");
        }
        List<Node> found = new ArrayList<>();
        for (String arg : names) {
            DepSpec spec = DepSpec.parseArg(arg);
            for (Node n : Lockfile.allNodes(tree.root)) {
                if ((n.name.equals(spec.name()) || n.packageName.equals(spec.name())) && !found.contains(n)
                        && (spec.spec().isEmpty() || Resolver.satisfies(n, DepSpec.of(n.name, spec.spec())))) {
                    found.add(n);
                }
            }
        }
        if (found.isEmpty()) {
            throw new PmException(null, "No dependencies found matching " + String.join(", ", names));
        }
        found.sort(Comparator.comparing(Node::location, LocaleOrder.INSTANCE));
        List<String> blocks = new ArrayList<>();
        for (Node n : found) {
            StringBuilder sb = new StringBuilder();
            explain(tree, n, "", sb, new HashSet<>());
            blocks.add(sb.toString().stripTrailing());
        }
        out.println(String.join("\n\n", blocks));
        return 0;
    }

    private static void explain(InstalledTree tree, Node n, String indent, StringBuilder sb, Set<Node> onPath) {
        sb.append(indent).append(tree.id(n)).append(flags(tree, n)).append('\n');
        sb.append(indent).append(n.location()).append('\n');
        if (!onPath.add(n)) {
            return; // a dependency cycle: the chain is already printed above
        }
        List<InstalledTree.Incoming> in = new ArrayList<>(tree.incoming(n));
        in.sort(Comparator.comparing((InstalledTree.Incoming i) -> !i.from().isRoot())
                .thenComparing(i -> i.from().location(), LocaleOrder.INSTANCE));
        for (InstalledTree.Incoming i : in) {
            String line = indent + "  " + edgeType(i.edge().type()) + i.edge().name() + "@\"" + i.edge().dep().spec() + "\" from ";
            if (i.from().isRoot()) {
                sb.append(line).append("the root project\n");
            } else {
                sb.append(line);
                int mark = sb.length();
                explain(tree, i.from(), indent + "  ", sb, onPath);
                sb.delete(mark, mark + indent.length() + 2); // the dependent's name continues the "from" line
            }
        }
        onPath.remove(n);
    }

    private static String flags(InstalledTree tree, Node n) {
        if (tree.extraneous(n)) {
            return " extraneous";
        }
        StringBuilder sb = new StringBuilder();
        if (n.dev) {
            sb.append(" dev");
        } else if (n.optional) {
            sb.append(" optional");
        } else if (n.devOptional) {
            sb.append(" dev optional");
        }
        if (n.peer) {
            sb.append(" peer");
        }
        return sb.toString();
    }

    private static String edgeType(Node.EdgeType t) {
        return switch (t) {
            case PROD -> "";
            case DEV -> "dev ";
            case OPTIONAL -> "optional ";
            case PEER -> "peer ";
            case PEER_OPTIONAL -> "peerOptional ";
        };
    }
}
