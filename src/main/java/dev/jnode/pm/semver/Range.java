package dev.jnode.pm.semver;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A semver range ({@code ^1.2.0 || >=3 <4}) desugared into sets of primitive comparators exactly as
 * npm's semver does: hyphen ranges, tilde, caret, x-ranges and stars become {@code >=}/{@code <} pairs.
 */
public final class Range {
    private static final Map<String, Range> CACHE = new ConcurrentHashMap<>();

    final List<List<Comparator>> set;
    final SemverOptions options;
    private final String raw;
    private final String formatted;

    /** Parses a range; throws {@link IllegalArgumentException} where npm throws "Invalid SemVer Range". */
    public Range(String range, SemverOptions options) {
        this.options = options;
        this.raw = Patterns.WHITESPACE.matcher(range.strip()).replaceAll(" ");
        List<List<Comparator>> parsed = new ArrayList<>();
        for (String part : raw.split("\\|\\|", -1)) {
            List<Comparator> c = parseRange(part.strip());
            if (!c.isEmpty()) {
                parsed.add(c);
            }
        }
        if (parsed.isEmpty()) {
            throw new IllegalArgumentException("Invalid SemVer Range: " + raw);
        }
        if (parsed.size() > 1) {
            List<Comparator> first = parsed.getFirst();
            parsed.removeIf(c -> isNullSet(c.getFirst()));
            if (parsed.isEmpty()) {
                parsed.add(first);
            } else if (parsed.size() > 1) {
                for (List<Comparator> c : parsed) {
                    if (c.size() == 1 && c.getFirst().isAny()) {
                        parsed = new ArrayList<>(List.of(c));
                        break;
                    }
                }
            }
        }
        this.set = List.copyOf(parsed);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < set.size(); i++) {
            if (i > 0) {
                sb.append("||");
            }
            List<Comparator> comps = set.get(i);
            for (int k = 0; k < comps.size(); k++) {
                if (k > 0) {
                    sb.append(' ');
                }
                sb.append(comps.get(k).value.strip());
            }
        }
        this.formatted = sb.toString();
    }

    public Range(String range) {
        this(range, SemverOptions.DEFAULT);
    }

    /** A memoised parse: dependency ranges repeat a lot across a tree. Null when the range is invalid. */
    public static Range tryParse(String range, SemverOptions options) {
        String key = (options.loose() ? "L" : "") + (options.includePrerelease() ? "P" : "") + ":" + range;
        Range r = CACHE.get(key);
        if (r == null) {
            try {
                r = new Range(range, options);
            } catch (IllegalArgumentException e) {
                return null;
            }
            if (CACHE.size() < 10_000) {
                CACHE.put(key, r);
            }
        }
        return r;
    }

    public String raw() {
        return raw;
    }

    /** The normalised comparator form, such as {@code >=1.2.0 <2.0.0-0}. */
    @Override
    public String toString() {
        return formatted;
    }

    private static boolean isNullSet(Comparator c) {
        return c.value.equals("<0.0.0-0");
    }

    private List<Comparator> parseRange(String range) {
        boolean loose = options.loose();
        range = Patterns.BUILD_STRIP.matcher(range).replaceAll("");
        range = replaceFirst(loose ? Patterns.HYPHEN_RANGE_LOOSE : Patterns.HYPHEN_RANGE, range, this::hyphenReplace);
        range = Patterns.COMPARATOR_TRIM.matcher(range).replaceAll("$1$2$3");
        range = Patterns.TILDE_TRIM.matcher(range).replaceAll("$1~");
        range = Patterns.CARET_TRIM.matcher(range).replaceAll("$1^");

        List<String> pieces = new ArrayList<>();
        for (String comp : range.split(" ", -1)) {
            pieces.add(parseComparator(comp));
        }
        List<String> list = new ArrayList<>();
        for (String comp : Patterns.WHITESPACE.split(String.join(" ", pieces), -1)) {
            list.add(replaceFirst(options.includePrerelease() ? Patterns.GTE0_PRE : Patterns.GTE0, comp.strip(),
                    m -> ""));
        }
        if (loose) {
            list.removeIf(comp -> !Patterns.COMPARATOR_LOOSE.matcher(comp).find());
        }
        Map<String, Comparator> byValue = new LinkedHashMap<>();
        for (String s : list) {
            Comparator comp = new Comparator(s, options);
            if (isNullSet(comp)) {
                return List.of(comp);
            }
            byValue.put(comp.value, comp);
        }
        if (byValue.size() > 1) {
            byValue.remove("");
        }
        return List.copyOf(byValue.values());
    }

    private String parseComparator(String comp) {
        comp = replaceFirst(Patterns.BUILD, comp, m -> "");
        comp = eachWord(comp.strip(), this::replaceCaret);
        comp = eachWord(comp.strip(), this::replaceTilde);
        comp = eachWord(comp, this::replaceXRange);
        return replaceFirst(Patterns.STAR, comp.strip(), m -> "");
    }

    private static String eachWord(String comp, Function<String, String> f) {
        List<String> out = new ArrayList<>();
        for (String c : Patterns.WHITESPACE.split(comp, -1)) {
            out.add(f.apply(c));
        }
        return String.join(" ", out);
    }

    /** JavaScript's {@code String.replace(regex, fn)} for a non-global regex: the first match only. */
    private static String replaceFirst(Pattern p, String s, Function<Matcher, String> fn) {
        Matcher m = p.matcher(s);
        if (!m.find()) {
            return s;
        }
        return s.substring(0, m.start()) + fn.apply(m) + s.substring(m.end());
    }

    static boolean isX(String id) {
        return id == null || id.isEmpty() || id.equalsIgnoreCase("x") || id.equals("*");
    }

    private static String plus1(String n) {
        return new BigInteger(n).add(BigInteger.ONE).toString();
    }

    private String replaceTilde(String comp) {
        String z = options.includePrerelease() ? "-0" : "";
        return replaceFirst(options.loose() ? Patterns.TILDE_LOOSE : Patterns.TILDE, comp, mt -> {
            String maj = mt.group(1);
            String min = mt.group(2);
            String pat = mt.group(3);
            String pr = mt.group(4);
            if (isX(maj)) {
                return "";
            } else if (isX(min)) {
                return ">=" + maj + ".0.0" + z + " <" + plus1(maj) + ".0.0-0";
            } else if (isX(pat)) {
                return ">=" + maj + "." + min + ".0" + z + " <" + maj + "." + plus1(min) + ".0-0";
            } else if (pr != null && !pr.isEmpty()) {
                return ">=" + maj + "." + min + "." + pat + "-" + pr + " <" + maj + "." + plus1(min) + ".0-0";
            }
            return ">=" + maj + "." + min + "." + pat + " <" + maj + "." + plus1(min) + ".0-0";
        });
    }

    private String replaceCaret(String comp) {
        String z = options.includePrerelease() ? "-0" : "";
        return replaceFirst(options.loose() ? Patterns.CARET_LOOSE : Patterns.CARET, comp, mt -> {
            String maj = mt.group(1);
            String min = mt.group(2);
            String pat = mt.group(3);
            String pr = mt.group(4);
            if (isX(maj)) {
                return "";
            } else if (isX(min)) {
                return ">=" + maj + ".0.0" + z + " <" + plus1(maj) + ".0.0-0";
            } else if (isX(pat)) {
                if (maj.equals("0")) {
                    return ">=" + maj + "." + min + ".0" + z + " <" + maj + "." + plus1(min) + ".0-0";
                }
                return ">=" + maj + "." + min + ".0" + z + " <" + plus1(maj) + ".0.0-0";
            }
            String from = ">=" + maj + "." + min + "." + pat + (pr != null && !pr.isEmpty() ? "-" + pr : "");
            if (maj.equals("0")) {
                if (min.equals("0")) {
                    return from + " <" + maj + "." + min + "." + plus1(pat) + "-0";
                }
                return from + " <" + maj + "." + plus1(min) + ".0-0";
            }
            return from + " <" + plus1(maj) + ".0.0-0";
        });
    }

    private String replaceXRange(String comp) {
        String c = comp.strip();
        return replaceFirst(options.loose() ? Patterns.XRANGE_LOOSE : Patterns.XRANGE, c, mt -> {
            String gtlt = mt.group(1);
            String maj = mt.group(2);
            String min = mt.group(3);
            String pat = mt.group(4);
            if ((isX(maj) && !isX(min)) || (isX(min) && pat != null && !pat.isEmpty() && !isX(pat))) {
                return c;
            }
            boolean xM = isX(maj);
            boolean xm = xM || isX(min);
            boolean xp = xm || isX(pat);
            if (gtlt.equals("=") && xp) {
                gtlt = "";
            }
            String pr = options.includePrerelease() ? "-0" : "";
            if (xM) {
                return gtlt.equals(">") || gtlt.equals("<") ? "<0.0.0-0" : "*";
            } else if (!gtlt.isEmpty() && xp) {
                if (xm) {
                    min = "0";
                }
                pat = "0";
                if (gtlt.equals(">")) {
                    gtlt = ">=";
                    if (xm) {
                        maj = plus1(maj);
                        min = "0";
                    } else {
                        min = plus1(min);
                    }
                    pat = "0";
                } else if (gtlt.equals("<=")) {
                    gtlt = "<";
                    if (xm) {
                        maj = plus1(maj);
                    } else {
                        min = plus1(min);
                    }
                }
                if (gtlt.equals("<")) {
                    pr = "-0";
                }
                return gtlt + maj + "." + min + "." + pat + pr;
            } else if (xm) {
                return ">=" + maj + ".0.0" + pr + " <" + plus1(maj) + ".0.0-0";
            } else if (xp) {
                return ">=" + maj + "." + min + ".0" + pr + " <" + maj + "." + plus1(min) + ".0-0";
            }
            return mt.group();
        });
    }

    private String hyphenReplace(Matcher mt) {
        boolean incPr = options.includePrerelease();
        String from = mt.group(1);
        String fM = mt.group(2);
        String fm = mt.group(3);
        String fp = mt.group(4);
        String fpr = mt.group(5);
        String to = mt.group(7);
        String tM = mt.group(8);
        String tm = mt.group(9);
        String tp = mt.group(10);
        String tpr = mt.group(11);
        if (isX(fM)) {
            from = "";
        } else if (isX(fm)) {
            from = ">=" + fM + ".0.0" + (incPr ? "-0" : "");
        } else if (isX(fp)) {
            from = ">=" + fM + "." + fm + ".0" + (incPr ? "-0" : "");
        } else if (fpr != null && !fpr.isEmpty()) {
            from = ">=" + from;
        } else {
            from = ">=" + from + (incPr ? "-0" : "");
        }
        if (isX(tM)) {
            to = "";
        } else if (isX(tm)) {
            to = "<" + plus1(tM) + ".0.0-0";
        } else if (isX(tp)) {
            to = "<" + tM + "." + plus1(tm) + ".0-0";
        } else if (tpr != null && !tpr.isEmpty()) {
            to = "<=" + tM + "." + tm + "." + tp + "-" + tpr;
        } else if (incPr) {
            to = "<" + tM + "." + tm + "." + plus1(tp) + "-0";
        } else {
            to = "<=" + to;
        }
        return (from + " " + to).strip();
    }

    /** Whether the version satisfies the range (prereleases only where a comparator names the same tuple). */
    public boolean test(Version version) {
        if (version == null) {
            return false;
        }
        for (List<Comparator> comps : set) {
            if (testSet(comps, version)) {
                return true;
            }
        }
        return false;
    }

    public boolean test(String version) {
        if (version == null || version.isEmpty()) {
            return false;
        }
        return test(Version.tryParse(version, options));
    }

    private boolean testSet(List<Comparator> comps, Version version) {
        for (Comparator c : comps) {
            if (!c.test(version)) {
                return false;
            }
        }
        if (version.isPrerelease() && !options.includePrerelease()) {
            for (Comparator c : comps) {
                if (c.semver != null && c.semver.isPrerelease() && c.semver.major == version.major
                        && c.semver.minor == version.minor && c.semver.patch == version.patch) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    /** Whether some version satisfies both ranges, as {@code Range#intersects}. */
    public boolean intersects(Range other, SemverOptions opts) {
        for (List<Comparator> mine : set) {
            if (!isSatisfiable(mine, opts)) {
                continue;
            }
            for (List<Comparator> theirs : other.set) {
                if (isSatisfiable(theirs, opts) && allIntersect(mine, theirs, opts)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean allIntersect(List<Comparator> a, List<Comparator> b, SemverOptions opts) {
        for (Comparator x : a) {
            for (Comparator y : b) {
                if (!x.intersects(y, opts)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isSatisfiable(List<Comparator> comps, SemverOptions opts) {
        List<Comparator> rest = new ArrayList<>(comps);
        Comparator test = rest.removeLast();
        boolean result = true;
        while (result && !rest.isEmpty()) {
            for (Comparator other : rest) {
                if (!test.intersects(other, opts)) {
                    result = false;
                    break;
                }
            }
            test = rest.removeLast();
        }
        return result;
    }
}
