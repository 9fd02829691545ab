package dev.jnode.pm;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code jnode outdated}: installed versions against what package.json's ranges allow (wanted) and
 * the {@code latest} tag, as npm's table or {@code --json}; exit code 1 when anything is outdated.
 */
final class OutdatedCommand {
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Row(String name, Node installed, String wanted, String latest, Node dependent) {}

    private OutdatedCommand() {}

    static int run(List<String> args, InstalledTree tree, RegistryClient registry, PrintStream out) {
        boolean json = args.contains("--json");
        boolean all = args.contains("--all") || args.contains("-a");
        List<String> only = args.stream().filter(a -> !a.startsWith("-")).toList();
        List<Node> dependents = new ArrayList<>(List.of(tree.root));
        if (all) {
            dependents.addAll(Lockfile.allNodes(tree.root));
        }
        for (Node d : dependents) { // start every document download before waiting on any
            d.edges().stream().filter(e -> e.dep().registry()).forEach(e -> registry.packument(e.dep().fetchName()));
        }
        Resolver picker = new Resolver(registry, Map.of(), w -> { }, false);
        List<Row> rows = new ArrayList<>();
        for (Node d : dependents) {
            for (Node.Edge e : d.edges()) {
                Node installed = InstalledTree.target(d, e);
                if (!e.dep().registry() || (!only.isEmpty() && !only.contains(e.name()))
                        || (installed == null && e.type() == Node.EdgeType.PEER_OPTIONAL)) {
                    continue;
                }
                String wanted = picker.pick(e.dep()).path("version").asString();
                String latest = picker.pick(DepSpec.of(e.name(), "npm:" + e.dep().fetchName() + "@latest")).path("version").asString();
                String current = installed == null ? null : installed.version;
                if (current == null || !current.equals(wanted) || !wanted.equals(latest)) {
                    rows.add(new Row(e.name(), installed, wanted, latest, d));
                }
            }
        }
        rows.sort(Comparator.comparing(Row::name, LocaleOrder.INSTANCE));
        if (json) {
            ObjectNode o = JSON.createObjectNode();
            for (Row r : rows) {
                if (o.has(r.name())) {
                    continue;
                }
                ObjectNode entry = o.putObject(r.name());
                if (r.installed() != null) {
                    entry.put("current", r.installed().version);
                }
                entry.put("wanted", r.wanted());
                entry.put("latest", r.latest());
                entry.put("dependent", dependentName(tree, r.dependent()));
                if (r.installed() != null) {
                    entry.put("location", tree.dir(r.installed()).toString());
                }
            }
            out.print(NiceJson.plain(o, "  "));
        } else if (!rows.isEmpty()) {
            List<String[]> table = new ArrayList<>();
            table.add(new String[] {"Package", "Current", "Wanted", "Latest", "Location", "Depended by"});
            for (Row r : rows) {
                table.add(new String[] {r.name(), r.installed() == null ? "MISSING" : r.installed().version, r.wanted(),
                        r.latest(), r.installed() == null ? "-" : r.installed().location(), dependentName(tree, r.dependent())});
            }
            printTable(out, table);
        }
        return rows.isEmpty() ? 0 : 1;
    }

    private static String dependentName(InstalledTree tree, Node d) {
        return d.isRoot() ? tree.rootName() : d.name;
    }

    /** Columns two spaces apart; Current, Wanted and Latest right-aligned; no trailing blanks. */
    private static void printTable(PrintStream out, List<String[]> table) {
        int[] width = new int[table.get(0).length];
        for (String[] row : table) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (String[] row : table) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                String pad = " ".repeat(width[i] - row[i].length());
                boolean right = i >= 1 && i <= 3;
                sb.append(i == 0 ? "" : "  ").append(right ? pad + row[i] : row[i] + pad);
            }
            out.println(sb.toString().stripTrailing());
        }
    }
}
