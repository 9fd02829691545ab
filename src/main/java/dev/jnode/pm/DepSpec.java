package dev.jnode.pm;

/**
 * What a dependency asks for: a folder name, the registry package to fetch ({@code npm:} aliases
 * differ), and a range, version or dist-tag. Non-registry specs (file:, git, URLs) are recognised
 * so that they can be reported clearly; they are not installed yet.
 */
public record DepSpec(String name, String fetchName, String spec, boolean registry) {

    /**
     * Whether a name can be a folder in node_modules: npm's rules in their permissive (legacy) form,
     * at least enough that no name can climb out of its folder: no path separators (except one
     * after a scope), no leading dot, no "." or "..", no control characters.
     */
    public static boolean isValidName(String name) {
        if (name == null || name.isEmpty() || name.length() > 214) {
            return false;
        }
        String[] parts = name.split("/", -1);
        if (name.startsWith("@")) {
            return parts.length == 2 && parts[0].length() > 1 && validSegment(parts[0].substring(1)) && validSegment(parts[1]);
        }
        return parts.length == 1 && validSegment(name);
    }

    private static boolean validSegment(String s) {
        if (s.isEmpty() || s.startsWith(".")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x21 || c == 0x7f || c == '/' || c == '\\' || c == ':') {
                return false;
            }
        }
        return true;
    }

    /** A dependency as written in package.json: {@code "name": "spec"}. */
    public static DepSpec of(String name, String spec) {
        if (!isValidName(name)) {
            throw new PmException("EINVALIDPACKAGENAME", "Invalid package name \"" + name + "\"");
        }
        String s = spec == null ? "" : spec.strip();
        if (s.startsWith("npm:")) {
            String rest = s.substring(4);
            int at = rest.indexOf('@', rest.startsWith("@") ? 1 : 0);
            String real = at < 0 ? rest : rest.substring(0, at);
            String range = at < 0 ? "" : rest.substring(at + 1);
            return new DepSpec(name, real, range, true);
        }
        boolean registry = !(s.startsWith("file:") || s.startsWith("link:") || s.startsWith("git") || s.contains("://")
                || s.startsWith("./") || s.startsWith("../") || s.startsWith("/") || s.startsWith("~/")
                || s.startsWith("github:") || s.startsWith("workspace:") || isGitHubShorthand(s));
        return new DepSpec(name, name, s, registry);
    }

    private static boolean isGitHubShorthand(String s) {
        // user/repo (but not a scoped name, which only appears on the command line)
        return s.matches("^[A-Za-z0-9][\\w.-]*/[\\w.-]+(#.*)?$");
    }

    /** A spec typed on the command line: {@code name}, {@code name@range}, {@code @scope/name@tag}, {@code alias@npm:name@range}. */
    public static DepSpec parseArg(String arg) {
        int at = arg.indexOf('@', arg.startsWith("@") ? 1 : 0);
        if (at < 0) {
            return of(arg, "");
        }
        return of(arg.substring(0, at), arg.substring(at + 1));
    }

    public String describe() {
        String base = fetchName.equals(name) ? name : name + "@npm:" + fetchName;
        return spec.isEmpty() ? base : base + "@" + spec;
    }
}
