package dev.jnode.compat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the compatibility suite ignores when comparing with Node's output: only what cannot be the same by
 * construction. Node's own internals (stack frames in {@code node:} modules and the source excerpts it prints
 * for errors thrown inside them) are not ours to reproduce, and process ids differ from run to run.
 */
final class Normalize {
    private static final Pattern INTERNAL_FRAME = Pattern.compile("^\\s+at (?:.*\\()?(?:node:|\\[eval\\]-wrapper|<anonymous>\\)|native\\)).*$");
    private static final Pattern INTERNAL_HEADER = Pattern.compile("^node:[a-z_/]+:\\d+$");
    private static final Pattern PID = Pattern.compile("\\((node|jnode):\\d+\\)");

    private Normalize() {
    }

    static String output(String text) {
        List<String> kept = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (INTERNAL_HEADER.matcher(line).matches() && i + 2 < lines.length && lines[i + 2].trim().startsWith("^")) {
                // "node:internal/x:12", the source line, the caret line, and the blank line after it.
                i += 2;
                if (i + 1 < lines.length && lines[i + 1].isEmpty()) {
                    i++;
                }
                continue;
            }
            if (INTERNAL_FRAME.matcher(line).matches()) {
                if (line.endsWith(" {") && !kept.isEmpty()) {
                    kept.set(kept.size() - 1, kept.get(kept.size() - 1) + " {");
                }
                continue;
            }
            kept.add(PID.matcher(line).replaceAll("(node:PID)"));
        }
        return String.join("\n", kept);
    }
}
