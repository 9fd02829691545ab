package dev.jnode.pm.semver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Every test vector of npm's semver package (src/test/resources/semver, copied from release 7.8.5). */
class SemverVectorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> cases(String file) {
        try (InputStream in = SemverVectorsTest.class.getResourceAsStream("/semver/" + file)) {
            List<JsonNode> out = new ArrayList<>();
            JSON.readTree(in).forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    /** npm's parseOptions: falsy means none, a non-object means loose, an object is read by truthiness. */
    static SemverOptions options(JsonNode n) {
        if (n == null || n.isMissingNode() || !truthy(n)) {
            return SemverOptions.DEFAULT;
        }
        if (!n.isObject()) {
            return SemverOptions.LOOSE;
        }
        return new SemverOptions(truthy(n.get("loose")), truthy(n.get("includePrerelease")));
    }

    private static boolean truthy(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return false;
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isNumber()) {
            return n.doubleValue() != 0;
        }
        if (n.isString()) {
            return !n.stringValue().isEmpty();
        }
        return true;
    }

    private static Stream<DynamicTest> each(String file, java.util.function.Consumer<JsonNode> check) {
        return cases(file).stream().map(c -> DynamicTest.dynamicTest(file + " " + c, () -> check.accept(c)));
    }

    @TestFactory
    Stream<DynamicTest> rangeInclude() {
        return each("range-include.json", c -> assertThat(
                Semver.satisfies(c.get(1).stringValue(), c.get(0).stringValue(), options(c.get(2)))).isTrue());
    }

    @TestFactory
    Stream<DynamicTest> rangeExclude() {
        return each("range-exclude.json", c -> assertThat(
                Semver.satisfies(c.get(1).isString() ? c.get(1).stringValue() : null, c.get(0).stringValue(), options(c.get(2)))).isFalse());
    }

    @TestFactory
    Stream<DynamicTest> rangeParse() {
        return each("range-parse.json", c -> {
            String expected = c.get(1).isNull() ? null : c.get(1).stringValue();
            assertThat(Semver.validRange(c.get(0).stringValue(), options(c.get(2)))).isEqualTo(expected);
        });
    }

    @TestFactory
    Stream<DynamicTest> comparisons() {
        return each("comparisons.json", c -> {
            SemverOptions o = options(c.get(2));
            Version v0 = Version.parse(c.get(0).stringValue(), o);
            Version v1 = Version.parse(c.get(1).stringValue(), o);
            assertThat(v0.compareTo(v1)).isPositive();
            assertThat(v1.compareTo(v0)).isNegative();
            assertThat(v0.compareTo(v0)).isZero();
            assertThat(v0).isNotEqualTo(v1);
        });
    }

    @TestFactory
    Stream<DynamicTest> equality() {
        return each("equality.json", c -> {
            SemverOptions o = options(c.get(2));
            Version v0 = Version.parse(c.get(0).stringValue(), o);
            Version v1 = Version.parse(c.get(1).stringValue(), o);
            assertThat(v0.compareTo(v1)).isZero();
            assertThat(v0).isEqualTo(v1);
        });
    }

    @TestFactory
    Stream<DynamicTest> validVersions() {
        return each("valid-versions.json", c -> {
            Version v = Version.parse(c.get(0).stringValue());
            assertThat(v.major()).isEqualTo(c.get(1).longValue());
            assertThat(v.minor()).isEqualTo(c.get(2).longValue());
            assertThat(v.patch()).isEqualTo(c.get(3).longValue());
            List<Object> pre = new ArrayList<>();
            c.get(4).forEach(n -> pre.add(n.isNumber() ? (Object) n.longValue() : n.stringValue()));
            assertThat(v.prerelease()).isEqualTo(pre);
            List<String> build = new ArrayList<>();
            c.get(5).forEach(n -> build.add(n.stringValue()));
            assertThat(v.build()).isEqualTo(build);
        });
    }

    @TestFactory
    Stream<DynamicTest> invalidVersions() {
        return each("invalid-versions.json", c -> {
            // A non-string (a RegExp or an object in the original) is rejected for its type.
            String text = c.get(0).isString() ? c.get(0).stringValue() : null;
            assertThatThrownBy(() -> Version.parse(text, options(c.get(2))))
                    .isInstanceOf(IllegalArgumentException.class);
        });
    }

    @TestFactory
    Stream<DynamicTest> increments() {
        return each("increments.json", c -> {
            JsonNode opts = c.get(3);
            JsonNode id = c.get(4);
            JsonNode base = c.get(5);
            if (opts != null && opts.isString()) { // inc(version, release, identifier, identifierBase)
                base = id;
                id = opts;
                opts = null;
            }
            Object identifierBase = base == null || base.isMissingNode() ? null
                    : base.isBoolean() ? (Object) base.booleanValue()
                    : base.isNumber() ? (Object) base.longValue() : base.isNull() ? null : base.stringValue();
            String identifier = id == null || id.isNull() ? null : id.stringValue();
            String expected = c.get(2).isNull() ? null : c.get(2).stringValue();
            assertThat(Semver.inc(c.get(0).stringValue(), c.get(1).stringValue(), options(opts), identifier,
                    identifierBase)).isEqualTo(expected);
        });
    }

    @TestFactory
    Stream<DynamicTest> truncations() {
        return each("truncations.json", c -> {
            String expected = c.get(2).isNull() ? null : c.get(2).stringValue();
            assertThat(Semver.truncate(c.get(0).stringValue(), c.get(1).stringValue(), options(c.get(3))))
                    .isEqualTo(expected);
        });
    }

    @TestFactory
    Stream<DynamicTest> rangeIntersection() {
        return each("range-intersection.json", c -> {
            String r0 = c.get(0).stringValue();
            String r1 = c.get(1).stringValue();
            boolean expected = c.get(2).booleanValue();
            SemverOptions o = options(c.get(3));
            assertThat(Semver.intersects(r0, r1, o)).isEqualTo(expected);
            assertThat(Semver.intersects(r1, r0, o)).isEqualTo(expected);
        });
    }

    @TestFactory
    Stream<DynamicTest> comparatorIntersection() {
        return each("comparator-intersection.json", c -> {
            Comparator c0 = new Comparator(c.get(0).stringValue(), SemverOptions.DEFAULT);
            Comparator c1 = new Comparator(c.get(1).stringValue(), SemverOptions.DEFAULT);
            boolean expected = c.get(2).booleanValue();
            SemverOptions o = new SemverOptions(false, truthy(c.get(3)));
            assertThat(c0.intersects(c1, o)).isEqualTo(expected);
            assertThat(c1.intersects(c0, o)).isEqualTo(expected);
        });
    }

    @TestFactory
    Stream<DynamicTest> versionGtRange() {
        return each("version-gt-range.json", c -> assertThat(
                Semver.gtr(c.get(1).stringValue(), c.get(0).stringValue(), options(c.get(2)))).isTrue());
    }

    @TestFactory
    Stream<DynamicTest> versionNotGtRange() {
        return each("version-not-gt-range.json", c -> assertThat(
                Semver.gtr(c.get(1).stringValue(), c.get(0).stringValue(), options(c.get(2)))).isFalse());
    }

    @TestFactory
    Stream<DynamicTest> versionLtRange() {
        return each("version-lt-range.json", c -> assertThat(
                Semver.ltr(c.get(1).stringValue(), c.get(0).stringValue(), options(c.get(2)))).isTrue());
    }

    @TestFactory
    Stream<DynamicTest> versionNotLtRange() {
        return each("version-not-lt-range.json", c -> assertThat(
                Semver.ltr(c.get(1).stringValue(), c.get(0).stringValue(), options(c.get(2)))).isFalse());
    }
}
