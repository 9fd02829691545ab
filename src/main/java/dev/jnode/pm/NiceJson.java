package dev.jnode.pm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * JSON text exactly as npm writes its files: {@code JSON.stringify} with an indent, a trailing
 * newline, and for lockfiles npm's key order (scalars before objects, a few preferred keys first,
 * the rest by {@link LocaleOrder}).
 */
public final class NiceJson {
    /** The preferred key order npm gives the lockfile's objects. */
    public static final List<String> LOCKFILE_KEYS =
            List.of("name", "version", "lockfileVersion", "resolved", "integrity", "requires", "packages", "dependencies");

    private NiceJson() {}

    /** Lockfile form: keys sorted the way npm sorts them. */
    public static String lockfile(JsonNode node, String indent) {
        StringBuilder sb = new StringBuilder();
        write(sb, node, indent, "", true);
        return sb.append('\n').toString();
    }

    /** package.json form: key order kept as given. */
    public static String plain(JsonNode node, String indent) {
        StringBuilder sb = new StringBuilder();
        write(sb, node, indent, "", false);
        return sb.append('\n').toString();
    }

    private static boolean isObj(JsonNode n) {
        return n.isObject();
    }

    private static int preferred(String key) {
        int i = LOCKFILE_KEYS.indexOf(key);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    static int compareKeys(Map.Entry<String, JsonNode> a, Map.Entry<String, JsonNode> b) {
        boolean ao = isObj(a.getValue());
        boolean bo = isObj(b.getValue());
        if (ao != bo) {
            return ao ? 1 : -1;
        }
        int pa = preferred(a.getKey());
        int pb = preferred(b.getKey());
        if (pa != Integer.MAX_VALUE || pb != Integer.MAX_VALUE) {
            return Integer.compare(pa, pb);
        }
        return LocaleOrder.INSTANCE.compare(a.getKey(), b.getKey());
    }

    private static void write(StringBuilder sb, JsonNode n, String indent, String cur, boolean sort) {
        if (n.isObject()) {
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(n.properties());
            if (entries.isEmpty()) {
                sb.append("{}");
                return;
            }
            if (sort) {
                entries.sort(NiceJson::compareKeys);
            }
            String next = cur + indent;
            sb.append("{\n");
            for (int i = 0; i < entries.size(); i++) {
                sb.append(next);
                string(sb, entries.get(i).getKey());
                sb.append(": ");
                write(sb, entries.get(i).getValue(), indent, next, sort);
                sb.append(i + 1 < entries.size() ? ",\n" : "\n");
            }
            sb.append(cur).append('}');
        } else if (n.isArray()) {
            if (n.isEmpty()) {
                sb.append("[]");
                return;
            }
            String next = cur + indent;
            sb.append("[\n");
            for (int i = 0; i < n.size(); i++) {
                sb.append(next);
                write(sb, n.get(i), indent, next, sort);
                sb.append(i + 1 < n.size() ? ",\n" : "\n");
            }
            sb.append(cur).append(']');
        } else if (n.isString()) {
            string(sb, n.stringValue());
        } else if (n.isNumber()) {
            double d = n.doubleValue();
            if (n.isIntegralNumber() || (d == Math.rint(d) && Math.abs(d) < 1e21)) {
                sb.append(n.isIntegralNumber() ? n.asString() : Long.toString((long) d));
            } else {
                sb.append(n.asString());
            }
        } else if (n.isBoolean()) {
            sb.append(n.booleanValue());
        } else {
            sb.append("null");
        }
    }

    /** A string literal as JSON.stringify writes it. */
    static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || (Character.isSurrogate(c) && !pairedSurrogate(s, i))) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    private static boolean pairedSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
