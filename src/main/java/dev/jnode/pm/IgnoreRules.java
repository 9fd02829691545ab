package dev.jnode.pm;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules of one .npmignore or .gitignore file, with gitignore's meaning: the last matching rule
 * wins, {@code !} re-includes, a trailing {@code /} matches folders only, a pattern with a slash is
 * anchored to the file's folder, one without matches a name at any depth.
 */
final class IgnoreRules {
    private record Rule(Pattern regex, boolean negate, boolean dirOnly, boolean anchored) {}

    private final List<Rule> rules = new ArrayList<>();

    static IgnoreRules parse(String text) {
        IgnoreRules r = new IgnoreRules();
        for (String raw : text.split("\r?\n")) {
            String line = raw.stripTrailing();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean negate = line.startsWith("!");
            if (negate || line.startsWith("\\!") || line.startsWith("\\#")) {
                line = line.substring(1);
            }
            boolean dirOnly = line.endsWith("/");
            line = dirOnly ? line.substring(0, line.length() - 1) : line;
            boolean anchored = line.contains("/");
            line = line.startsWith("/") ? line.substring(1) : line;
            if (!line.isEmpty()) {
                r.rules.add(new Rule(Pattern.compile(globToRegex(line)), negate, dirOnly, anchored));
            }
        }
        return r;
    }

    /**
     * Whether a path (relative to the ignore file's folder, {@code /}-separated) is ignored, or null
     * when no rule speaks of it.
     */
    Boolean ignored(String path, boolean isDir) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        Boolean verdict = null;
        for (Rule rule : rules) {
            if ((!rule.dirOnly || isDir) && rule.regex.matcher(rule.anchored ? path : name).matches()) {
                verdict = !rule.negate;
            }
        }
        return verdict;
    }

    private static String globToRegex(String glob) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (glob.startsWith("**/", i)) {
                re.append("(?:.*/)?");
                i += 2;
            } else if (glob.startsWith("/**", i) && i + 3 == glob.length()) {
                re.append("/.*");
                i += 2;
            } else if (glob.startsWith("**", i)) {
                re.append(".*");
                i++;
            } else if (c == '*') {
                re.append("[^/]*");
            } else if (c == '?') {
                re.append("[^/]");
            } else if (c == '[') {
                int close = glob.indexOf(']', i + 1);
                if (close < 0) {
                    re.append("\\[");
                } else {
                    String set = glob.substring(i + 1, close).replace("\\", "\\\\");
                    re.append('[').append(set.startsWith("!") ? "^" + set.substring(1) : set).append(']');
                    i = close;
                }
            } else if (c == '\\' && i + 1 < glob.length()) {
                re.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return re.toString();
    }
}
