package dev.jnode.module.ts;

import java.util.ArrayList;
import java.util.List;

/**
 * The source excerpt Node shows above a TypeScript syntax error: the span's lines with one line of context on each
 * side, tabs as four spaces. A span on one line is underlined with carets; a span over several lines has its first
 * and last lines marked with {@code >} in a four-column gutter.
 */
final class SourceSnippet {
    private final String source;
    private final List<Integer> lineStarts = new ArrayList<>();

    SourceSnippet(String source) {
        this.source = source;
        lineStarts.add(0);
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == source.length() || source.charAt(i + 1) != '\n')) {
                lineStarts.add(i + 1);
            }
        }
        // A final line break does not start one more line (as Rust's str::lines counts them).
        if (lineStarts.size() > 1 && lineStarts.getLast() == source.length()) {
            lineStarts.removeLast();
        }
    }

    /** 0-based line of a UTF-16 offset. */
    int lineOf(int offset) {
        int low = 0;
        int high = lineStarts.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts.get(mid) <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    /** The UTF-16 offset of a 1-based line and column in code points, as swc4j reports parse errors. */
    int offsetOf(int line, int column) {
        int lineStart = lineStarts.get(Math.min(Math.max(line - 1, 0), lineStarts.size() - 1));
        int available = source.codePointCount(lineStart, source.length());
        return source.offsetByCodePoints(lineStart, Math.min(Math.max(column - 1, 0), available));
    }

    /** {@code ":<1-based start line>\n<snippet>"} for the span [start, end). */
    String hint(int start, int end) {
        int first = lineOf(start);
        int last = end > start ? lineOf(end - 1) : first;
        StringBuilder out = new StringBuilder().append(':').append(first + 1).append('\n');
        int from = Math.max(first - 1, 0);
        int to = Math.min(last + 1, lineStarts.size() - 1);
        if (first == last) {
            for (int line = from; line <= to; line++) {
                out.append(display(line)).append('\n');
                if (line == first && end > start) {
                    int lineStart = lineStarts.get(line);
                    int indent = displayWidth(lineStart, start);
                    out.repeat(' ', indent).repeat('^', Math.max(displayWidth(start, end), 1)).append('\n');
                }
            }
        } else {
            for (int line = from; line <= to; line++) {
                out.append(line == first || line == last ? "  > " : "    ").append(display(line)).append('\n');
            }
        }
        return out.toString();
    }

    private String display(int line) {
        return expandTabs(source.substring(lineStarts.get(line), lineEnd(line)));
    }

    private int lineEnd(int line) {
        int end = line + 1 < lineStarts.size() ? lineStarts.get(line + 1) : source.length();
        while (end > lineStarts.get(line) && (source.charAt(end - 1) == '\n' || source.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    private int displayWidth(int from, int to) {
        return expandTabs(source.substring(from, Math.min(to, lineEnd(lineOf(from))))).length();
    }

    private static String expandTabs(String text) {
        return text.replace("\t", "    ");
    }
}
