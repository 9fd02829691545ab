package dev.jnode.pm.semver;

import java.util.regex.Matcher;

/** One comparator of a range, such as {@code >=1.2.3}; an empty one matches any version. */
public final class Comparator {
    final String operator;
    /** Null for the comparator that matches anything. */
    final Version semver;
    final String value;
    final SemverOptions options;

    public Comparator(String comp, SemverOptions options) {
        this.options = options;
        comp = String.join(" ", Patterns.WHITESPACE.split(comp.strip(), -1));
        Matcher m = (options.loose() ? Patterns.COMPARATOR_LOOSE : Patterns.COMPARATOR).matcher(comp);
        if (!m.matches()) {
            throw new IllegalArgumentException("Invalid comparator: " + comp);
        }
        String op = m.group(1) != null ? m.group(1) : "";
        operator = op.equals("=") ? "" : op;
        String v = m.group(2);
        semver = v == null || v.isEmpty() ? null
                : Version.parse(v, options.loose() ? SemverOptions.LOOSE : SemverOptions.DEFAULT);
        value = semver == null ? "" : operator + semver;
    }

    boolean isAny() {
        return semver == null;
    }

    public boolean test(Version version) {
        return semver == null || cmp(version, operator, semver);
    }

    static boolean cmp(Version a, String op, Version b) {
        int c = a.compareTo(b);
        return switch (op) {
            case "", "=", "==" -> c == 0;
            case "!=" -> c != 0;
            case ">" -> c > 0;
            case ">=" -> c >= 0;
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            default -> throw new IllegalArgumentException("Invalid operator: " + op);
        };
    }

    /** Whether some version satisfies both comparators, as {@code Comparator#intersects}. */
    public boolean intersects(Comparator comp, SemverOptions opts) {
        if (operator.isEmpty()) {
            if (value.isEmpty()) {
                return true;
            }
            return new Range(comp.value, opts).test(value);
        } else if (comp.operator.isEmpty()) {
            if (comp.value.isEmpty()) {
                return true;
            }
            return new Range(value, opts).test(comp.semver);
        }
        if (opts.includePrerelease() && (value.equals("<0.0.0-0") || comp.value.equals("<0.0.0-0"))) {
            return false;
        }
        if (!opts.includePrerelease() && (value.startsWith("<0.0.0") || comp.value.startsWith("<0.0.0"))) {
            return false;
        }
        if (operator.startsWith(">") && comp.operator.startsWith(">")) {
            return true;
        }
        if (operator.startsWith("<") && comp.operator.startsWith("<")) {
            return true;
        }
        if (semver.toString().equals(comp.semver.toString()) && operator.contains("=") && comp.operator.contains("=")) {
            return true;
        }
        if (cmp(semver, "<", comp.semver) && operator.startsWith(">") && comp.operator.startsWith("<")) {
            return true;
        }
        return cmp(semver, ">", comp.semver) && operator.startsWith("<") && comp.operator.startsWith(">");
    }

    @Override
    public String toString() {
        return value;
    }
}
