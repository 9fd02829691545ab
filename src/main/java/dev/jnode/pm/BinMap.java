package dev.jnode.pm;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A package's {@code bin} field normalised as npm does: a string becomes {@code {name: path}}, names
 * are reduced to their last segment, and paths are made relative to the package root with any
 * {@code ./} or {@code ..} resolved inside it (so no bin can point outside its package).
 */
final class BinMap {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BinMap() {}

    /** The normalised map, or null when the package has no usable bin. */
    static ObjectNode normalise(JsonNode bin, String packageName) {
        if (bin == null || bin.isNull() || bin.isMissingNode()) {
            return null;
        }
        ObjectNode out = JSON.createObjectNode();
        if (bin.isString()) {
            String base = packageName.startsWith("@") ? packageName.substring(packageName.indexOf('/') + 1) : packageName;
            put(out, base, bin.asString());
        } else if (bin.isObject()) {
            for (Map.Entry<String, JsonNode> e : bin.properties()) {
                if (e.getValue().isString()) {
                    put(out, e.getKey(), e.getValue().asString());
                }
            }
        }
        return out.isEmpty() ? null : out;
    }

    private static void put(ObjectNode out, String name, String path) {
        String n = rooted(lastSegment(name.replace('\\', '/').replace(':', '/')));
        String p = rooted(path.replace('\\', '/'));
        if (!n.isEmpty() && !p.isEmpty()) {
            out.put(n, p);
        }
    }

    private static String lastSegment(String s) {
        String t = s;
        while (t.endsWith("/")) {
            t = t.substring(0, t.length() - 1);
        }
        return t.substring(t.lastIndexOf('/') + 1);
    }

    /** {@code path.join('/', p).slice(1)}: normalised, and never above the root. */
    static String rooted(String p) {
        Deque<String> parts = new ArrayDeque<>();
        for (String seg : p.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(seg);
            }
        }
        return String.join("/", parts);
    }
}
