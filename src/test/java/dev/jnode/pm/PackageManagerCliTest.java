package dev.jnode.pm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** install / add / ci end to end against a registry on 127.0.0.1. */
class PackageManagerCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    Path project;
    FakeRegistry reg;
    String stdout;
    String stderr;

    @BeforeEach
    void setUp() throws IOException {
        reg = new FakeRegistry();
        project = Files.createDirectories(tmp.resolve("project"));
    }

    @AfterEach
    void tearDown() {
        reg.close();
    }

    private Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("npm_config_registry", reg.url());
        env.put("NPM_CONFIG_USERCONFIG", tmp.resolve("no-user-npmrc").toString());
        env.put("NPM_CONFIG_GLOBALCONFIG", tmp.resolve("no-global-npmrc").toString());
        env.put("JNODE_CACHE", tmp.resolve("cache").toString());
        return env;
    }

    private int jnode(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = PackageManagerCli.run(args, project, env(), new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        stdout = o.toString(StandardCharsets.UTF_8);
        stderr = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    private void packageJson(String json) throws IOException {
        Files.writeString(project.resolve("package.json"), json);
    }

    private JsonNode lock() {
        return JSON.readTree(project.resolve("package-lock.json").toFile());
    }

    private String installedVersion(String location) {
        return JSON.readTree(project.resolve(location).resolve("package.json").toFile()).path("version").asString();
    }

    @Test
    void hoistsWhatItCanAndNestsConflicts() throws IOException {
        reg.pkg("a", "1.0.0").publish();
        reg.pkg("a", "2.0.0").publish();
        reg.pkg("b", "1.0.0").dep("a", "^2.0.0").publish();
        reg.pkg("c", "1.0.0").dep("a", "^1.0.0").publish();
        packageJson("{\"name\":\"p\",\"version\":\"1.0.0\",\"dependencies\":{\"a\":\"^1.0.0\",\"b\":\"^1.0.0\",\"c\":\"1\"}}");

        assertThat(jnode("install")).as(stderr).isZero();

        assertThat(installedVersion("node_modules/a")).isEqualTo("1.0.0");
        assertThat(installedVersion("node_modules/b/node_modules/a")).isEqualTo("2.0.0");
        assertThat(project.resolve("node_modules/c/node_modules")).doesNotExist();
        assertThat(lock().path("packages").propertyNames())
                .containsExactly("", "node_modules/a", "node_modules/b", "node_modules/b/node_modules/a", "node_modules/c");
        assertThat(stdout).contains("added 4 packages in");
    }

    @Test
    void hoistsTransitiveDependenciesToTheTop() throws IOException {
        reg.pkg("leaf", "1.0.0").publish();
        reg.pkg("mid", "1.0.0").dep("leaf", "^1.0.0").publish();
        packageJson("{\"dependencies\":{\"mid\":\"^1.0.0\"}}");

        assertThat(jnode("install")).as(stderr).isZero();

        assertThat(installedVersion("node_modules/leaf")).isEqualTo("1.0.0");
    }

    @Test
    void marksDevOnlyPackagesInTheLockfile() throws IOException {
        reg.pkg("shared", "1.0.0").publish();
        reg.pkg("tool", "1.0.0").dep("shared", "^1.0.0").dep("helper", "^1.0.0").publish();
        reg.pkg("helper", "1.0.0").publish();
        packageJson("{\"dependencies\":{\"shared\":\"^1.0.0\"},\"devDependencies\":{\"tool\":\"^1.0.0\"}}");

        assertThat(jnode("install")).as(stderr).isZero();

        JsonNode p = lock().path("packages");
        assertThat(p.path("node_modules/tool").path("dev").asBoolean()).isTrue();
        assertThat(p.path("node_modules/helper").path("dev").asBoolean()).isTrue();
        assertThat(p.path("node_modules/shared").has("dev")).isFalse();
    }

    @Test
    void omitDevLeavesDevPackagesOut() throws IOException {
        reg.pkg("prod", "1.0.0").publish();
        reg.pkg("tool", "1.0.0").publish();
        packageJson("{\"dependencies\":{\"prod\":\"1.0.0\"},\"devDependencies\":{\"tool\":\"1.0.0\"}}");

        assertThat(jnode("install", "--omit=dev")).as(stderr).isZero();

        assertThat(project.resolve("node_modules/prod")).isDirectory();
        assertThat(project.resolve("node_modules/tool")).doesNotExist();
        assertThat(lock().path("packages").has("node_modules/tool")).isTrue();
    }

    @Test
    void linksBinsAndMakesThemExecutable() throws IOException {
        reg.pkg("cli-tool", "1.0.0").bin("cli-tool", "bin/run.js").publish();
        packageJson("{\"dependencies\":{\"cli-tool\":\"^1.0.0\"}}");

        assertThat(jnode("install")).as(stderr).isZero();

        Path link = project.resolve("node_modules/.bin/cli-tool");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link).toString()).isEqualTo("../cli-tool/bin/run.js");
        assertThat(Files.isExecutable(link)).isTrue();
    }

    @Test
    void skipsOptionalDependenciesThatFail() throws IOException {
        reg.pkg("native-darwin", "1.0.0").os("darwin").publish();
        reg.pkg("main", "1.0.0").optional("native-darwin", "^1.0.0").optional("missing", "^1.0.0").publish();
        packageJson("{\"dependencies\":{\"main\":\"^1.0.0\"}}");

        assertThat(jnode("install")).as(stderr).isZero();

        assertThat(project.resolve("node_modules/main")).isDirectory();
        assertThat(project.resolve("node_modules/native-darwin")).doesNotExist();
        JsonNode p = lock().path("packages");
        assertThat(p.path("node_modules/native-darwin").path("optional").asBoolean()).isTrue();
        assertThat(p.has("node_modules/missing")).isFalse();
        assertThat(stderr).contains("optional dependency missing");
    }

    @Test
    void installsPeerDependenciesBesideTheirDependent() throws IOException {
        reg.pkg("react", "18.0.0").publish();
        reg.pkg("plugin", "1.0.0").peer("react", "^18.0.0").publish();
        packageJson("{\"dependencies\":{\"plugin\":\"^1.0.0\"}}");

        assertThat(jnode("install")).as(stderr).isZero();

        assertThat(installedVersion("node_modules/react")).isEqualTo("18.0.0");
        assertThat(lock().path("packages").path("node_modules/react").path("peer").asBoolean()).isTrue();
    }

    @Test
    void addSavesACaretRangeSortedIntoPackageJson() throws IOException {
        reg.pkg("zeta", "1.0.0").publish();
        reg.pkg("alpha", "2.3.4").publish();
        packageJson("{\n    \"name\": \"p\",\n    \"dependencies\": {\n        \"zeta\": \"^1.0.0\"\n    }\n}\n");

        assertThat(jnode("add", "alpha")).as(stderr).isZero();

        assertThat(Files.readString(project.resolve("package.json"))).isEqualTo(
                "{\n    \"name\": \"p\",\n    \"dependencies\": {\n        \"alpha\": \"^2.3.4\",\n        \"zeta\": \"^1.0.0\"\n    }\n}\n");
        assertThat(installedVersion("node_modules/alpha")).isEqualTo("2.3.4");
    }

    @Test
    void addWithSaveDevAndExact() throws IOException {
        reg.pkg("tool", "1.0.0").publish();
        reg.pkg("tool", "1.1.0").publish();
        packageJson("{}");

        assertThat(jnode("add", "-D", "-E", "tool@~1.0.0")).as(stderr).isZero();

        JsonNode pkg = JSON.readTree(project.resolve("package.json").toFile());
        assertThat(pkg.path("devDependencies").path("tool").asString()).isEqualTo("1.0.0");
    }

    @Test
    void addFollowsDistTags() throws IOException {
        reg.pkg("lib", "1.0.0").publish();
        reg.pkg("lib", "2.0.0-beta.1").publish();
        reg.tag("lib", "latest", "1.0.0");
        reg.tag("lib", "next", "2.0.0-beta.1");
        packageJson("{}");

        assertThat(jnode("add", "lib@next")).as(stderr).isZero();

        assertThat(installedVersion("node_modules/lib")).isEqualTo("2.0.0-beta.1");
    }

    @Test
    void secondInstallIsUpToDateWithoutDownloads() throws IOException {
        reg.pkg("a", "1.0.0").publish();
        packageJson("{\"dependencies\":{\"a\":\"^1.0.0\"}}");
        assertThat(jnode("install")).as(stderr).isZero();
        long before = reg.tarballRequests();

        assertThat(jnode("install")).as(stderr).isZero();

        assertThat(stdout).contains("up to date in");
        assertThat(reg.tarballRequests()).isEqualTo(before);
    }

    @Test
    void ciInstallsExactlyTheLockfileFromTheCache() throws IOException {
        reg.pkg("a", "1.0.0").publish();
        packageJson("{\"dependencies\":{\"a\":\"^1.0.0\"}}");
        assertThat(jnode("install")).as(stderr).isZero();
        reg.pkg("a", "1.5.0").publish(); // newer, but the lockfile says 1.0.0
        Files.writeString(project.resolve("node_modules/stray.txt"), "left behind");
        long before = reg.tarballRequests();

        assertThat(jnode("ci")).as(stderr).isZero();

        assertThat(installedVersion("node_modules/a")).isEqualTo("1.0.0");
        assertThat(project.resolve("node_modules/stray.txt")).doesNotExist();
        assertThat(reg.tarballRequests()).isEqualTo(before);
        assertThat(stdout).contains("added 1 package in");
    }

    @Test
    void ciFailsWhenPackageJsonAndLockfileDisagree() throws IOException {
        reg.pkg("a", "1.0.0").publish();
        reg.pkg("b", "1.0.0").publish();
        packageJson("{\"dependencies\":{\"a\":\"^1.0.0\"}}");
        assertThat(jnode("install")).as(stderr).isZero();
        packageJson("{\"dependencies\":{\"a\":\"^1.0.0\",\"b\":\"^1.0.0\"}}");

        assertThat(jnode("ci")).isEqualTo(1);

        assertThat(stderr).contains("EUSAGE").contains("in sync").contains("b@^1.0.0");
    }

    @Test
    void ciWithoutLockfileFails() throws IOException {
        packageJson("{}");
        assertThat(jnode("ci")).isEqualTo(1);
        assertThat(stderr).contains("package-lock.json");
    }

    @Test
    void refusesATarballWhoseIntegrityDoesNotMatch() throws IOException {
        reg.pkg("evil", "1.0.0").corrupt().publish();
        packageJson("{\"dependencies\":{\"evil\":\"^1.0.0\"}}");

        assertThat(jnode("install")).isEqualTo(1);

        assertThat(stderr).contains("EINTEGRITY").contains("evil@1.0.0");
        assertThat(project.resolve("node_modules/evil")).doesNotExist();
    }

    @Test
    void a404NamesThePackage() throws IOException {
        packageJson("{\"dependencies\":{\"no-such-package\":\"^1.0.0\"}}");

        assertThat(jnode("install")).isEqualTo(1);

        assertThat(stderr).contains("E404").contains("'no-such-package' is not in this registry");
    }

    @Test
    void noMatchingVersionIsETARGET() throws IOException {
        reg.pkg("a", "1.0.0").publish();
        packageJson("{\"dependencies\":{\"a\":\"^3.0.0\"}}");

        assertThat(jnode("install")).isEqualTo(1);

        assertThat(stderr).contains("ETARGET").contains("a@^3.0.0");
    }

    @Test
    void retriesServerErrors() throws IOException {
        reg.pkg("a", "1.0.0").publish();
        packageJson("{\"dependencies\":{\"a\":\"^1.0.0\"}}");
        reg.failNext.set(2);

        assertThat(jnode("install")).as(stderr).isZero();

        assertThat(installedVersion("node_modules/a")).isEqualTo("1.0.0");
    }

    @Test
    void materialisesWithHardLinksFromTheCache() throws IOException {
        reg.pkg("a", "1.0.0").publish();
        packageJson("{\"dependencies\":{\"a\":\"^1.0.0\"}}");

        assertThat(jnode("install")).as(stderr).isZero();

        Object links = Files.getAttribute(project.resolve("node_modules/a/index.js"), "unix:nlink", LinkOption.NOFOLLOW_LINKS);
        assertThat((Integer) links).isGreaterThanOrEqualTo(2);
    }

    @Test
    void removesPackagesNoLongerNeeded() throws IOException {
        reg.pkg("a", "1.0.0").publish();
        reg.pkg("b", "1.0.0").publish();
        packageJson("{\"dependencies\":{\"a\":\"^1.0.0\",\"b\":\"^1.0.0\"}}");
        assertThat(jnode("install")).as(stderr).isZero();
        packageJson("{\"dependencies\":{\"a\":\"^1.0.0\"}}");

        assertThat(jnode("install")).as(stderr).isZero();

        assertThat(project.resolve("node_modules/b")).doesNotExist();
        assertThat(stdout).contains("removed 1 package");
        assertThat(lock().path("packages").has("node_modules/b")).isFalse();
    }

    @Test
    void keepsLockedVersionsWhenAddingAnotherPackage() throws IOException {
        reg.pkg("a", "1.0.0").publish();
        packageJson("{\"dependencies\":{\"a\":\"^1.0.0\"}}");
        assertThat(jnode("install")).as(stderr).isZero();
        reg.pkg("a", "1.9.0").publish();
        reg.pkg("b", "1.0.0").publish();

        assertThat(jnode("add", "b")).as(stderr).isZero();

        assertThat(installedVersion("node_modules/a")).isEqualTo("1.0.0");
    }

    @Test
    void installsScopedPackagesAndTheirBins() throws IOException {
        reg.pkg("@acme/tool", "1.2.0").bin("acme", "cli.js").publish();
        packageJson("{\"dependencies\":{\"@acme/tool\":\"^1.0.0\"}}");

        assertThat(jnode("install")).as(stderr).isZero();

        assertThat(installedVersion("node_modules/@acme/tool")).isEqualTo("1.2.0");
        assertThat(Files.readSymbolicLink(project.resolve("node_modules/.bin/acme")).toString())
                .isEqualTo("../@acme/tool/cli.js");
    }

    @Test
    void installsNpmAliasesUnderTheAliasName() throws IOException {
        reg.pkg("real-lib", "3.0.0").publish();
        packageJson("{\"dependencies\":{\"nick\":\"npm:real-lib@^3.0.0\"}}");

        assertThat(jnode("install")).as(stderr).isZero();

        assertThat(installedVersion("node_modules/nick")).isEqualTo("3.0.0");
        assertThat(lock().path("packages").path("node_modules/nick").path("name").asString()).isEqualTo("real-lib");
    }

    @Test
    void reportsNonRegistrySpecsClearly() throws IOException {
        packageJson("{\"dependencies\":{\"local\":\"file:../local\"}}");

        assertThat(jnode("install")).isEqualTo(1);

        assertThat(stderr).contains("EUNSUPPORTED").contains("local@file:../local");
    }

    @Test
    void anInterruptedInstallIsRepairedByTheNext() throws IOException {
        reg.pkg("a", "1.0.0").publish();
        packageJson("{\"dependencies\":{\"a\":\"^1.0.0\"}}");
        assertThat(jnode("install")).as(stderr).isZero();
        // Simulate a crash mid-way: a half-written package and no hidden lockfile.
        Files.delete(project.resolve("node_modules/a/index.js"));
        Files.delete(project.resolve("node_modules/.package-lock.json"));

        assertThat(jnode("install")).as(stderr).isZero();

        assertThat(project.resolve("node_modules/a/index.js")).exists();
    }

    @Test
    void prefersTheHighestNonDeprecatedVersionWhenLatestIsOutOfRange() throws IOException {
        reg.pkg("lib", "1.0.0").publish();
        reg.pkg("lib", "1.1.0").publish();
        reg.pkg("lib", "2.0.0").publish();
        reg.deprecate("lib", "1.1.0", "broken, use 1.0.0");
        packageJson("{\"dependencies\":{\"lib\":\"^1.0.0\"}}");

        assertThat(jnode("install")).as(stderr).isZero();

        assertThat(installedVersion("node_modules/lib")).isEqualTo("1.0.0");
    }

    @Test
    void hoistsTheDependenciesOfANestedCopy() throws IOException {
        reg.pkg("d", "1.0.0").publish();
        reg.pkg("a", "1.0.0").publish();
        reg.pkg("a", "2.0.0").dep("d", "^1.0.0").publish();
        reg.pkg("b", "1.0.0").dep("a", "^2.0.0").publish();
        packageJson("{\"dependencies\":{\"a\":\"^1.0.0\",\"b\":\"^1.0.0\"}}");

        assertThat(jnode("install")).as(stderr).isZero();

        assertThat(lock().path("packages").propertyNames()).containsExactly("", "node_modules/a", "node_modules/b",
                "node_modules/b/node_modules/a", "node_modules/d");
    }

    @Test
    void nestsUnderTheConflictWhenTheTopIsTaken() throws IOException {
        reg.pkg("d", "1.0.0").publish();
        reg.pkg("d", "2.0.0").publish();
        reg.pkg("x", "1.0.0").dep("d", "^2.0.0").publish();
        reg.pkg("y", "1.0.0").dep("x", "^1.0.0").publish();
        packageJson("{\"dependencies\":{\"d\":\"^1.0.0\",\"y\":\"^1.0.0\"}}");

        assertThat(jnode("install")).as(stderr).isZero();

        assertThat(installedVersion("node_modules/d")).isEqualTo("1.0.0");
        assertThat(installedVersion("node_modules/x/node_modules/d")).isEqualTo("2.0.0");
    }

    @Test
    void keepsAPackageWhereItsPeerResolvesAsItNeeds() throws IOException {
        // Shaped like eslint (ajv@6 at the top) beside schema-utils (ajv@8 + ajv-keywords, peer ajv@8).
        reg.pkg("ajv", "6.0.0").publish();
        reg.pkg("ajv", "8.0.0").publish();
        reg.pkg("keywords", "5.0.0").peer("ajv", "^8.0.0").publish();
        reg.pkg("linter", "1.0.0").dep("ajv", "^6.0.0").publish();
        reg.pkg("schema", "1.0.0").dep("ajv", "^8.0.0").dep("keywords", "^5.0.0").publish();
        packageJson("{\"dependencies\":{\"linter\":\"1.0.0\",\"schema\":\"1.0.0\"}}");

        assertThat(jnode("install")).as(stderr).isZero();

        assertThat(lock().path("packages").propertyNames()).containsExactly("", "node_modules/ajv",
                "node_modules/linter", "node_modules/schema", "node_modules/schema/node_modules/ajv",
                "node_modules/schema/node_modules/keywords");
        assertThat(installedVersion("node_modules/ajv")).isEqualTo("6.0.0");
    }

    @Test
    void dependenciesNeverInstallTheirOwnDevDependencies() throws IOException {
        reg.pkg("lib", "1.0.0").dep("x", "^1.0.0").peer("y", "^1.0.0").publish();
        reg.pkg("x", "1.0.0").publish();
        reg.pkg("y", "1.0.0").publish();
        packageJson("{\"dependencies\":{\"lib\":\"1.0.0\"}}");

        assertThat(jnode("install")).as(stderr).isZero();

        assertThat(lock().path("packages").propertyNames())
                .containsExactly("", "node_modules/lib", "node_modules/x", "node_modules/y");
    }

    @Test
    void aPeerConflictWithTheRootIsERESOLVE() throws IOException {
        reg.pkg("react", "17.0.0").publish();
        reg.pkg("react", "18.0.0").publish();
        reg.pkg("plugin", "1.0.0").peer("react", "^18.0.0").publish();
        packageJson("{\"name\":\"app\",\"version\":\"1.0.0\",\"dependencies\":{\"react\":\"^17.0.0\",\"plugin\":\"1.0.0\"}}");

        assertThat(jnode("install")).isEqualTo(1);

        // npm words it from the plugin's side; we report whichever edge meets the conflict first.
        assertThat(stderr).contains("npm error code ERESOLVE")
                .contains("react@\"^18.0.0\" from plugin@1.0.0")
                .contains("react@\"^17.0.0\" from the root project");
        assertThat(project.resolve("node_modules")).doesNotExist();
    }

    @Test
    void legacyPeerDepsIgnoresPeers() throws IOException {
        reg.pkg("react", "17.0.0").publish();
        reg.pkg("react", "18.0.0").publish();
        reg.pkg("plugin", "1.0.0").peer("react", "^18.0.0").publish();
        packageJson("{\"dependencies\":{\"react\":\"^17.0.0\",\"plugin\":\"1.0.0\"}}");

        assertThat(jnode("install", "--legacy-peer-deps")).as(stderr).isZero();

        assertThat(installedVersion("node_modules/react")).isEqualTo("17.0.0");
    }

    @Test
    void refusesDependencyNamesThatClimbOutOfNodeModules() throws IOException {
        reg.pkg("evil", "1.0.0").dep("../../../escaped", "^1.0.0").publish();
        packageJson("{\"dependencies\":{\"evil\":\"1.0.0\"}}");

        assertThat(jnode("install")).isEqualTo(1);

        assertThat(stderr).contains("EINVALIDPACKAGENAME");
        assertThat(tmp.resolve("escaped")).doesNotExist();
    }

    @Test
    void refusesHostileLockfileLocations() throws IOException {
        packageJson("{\"dependencies\":{}}");
        Files.writeString(project.resolve("package-lock.json"), "{\"lockfileVersion\":3,\"packages\":{\"\":{},"
                + "\"node_modules/../../x\":{\"version\":\"1.0.0\",\"integrity\":\"sha512-AAAA\"}}}");

        assertThat(jnode("ci")).isEqualTo(1);

        assertThat(stderr).contains("ELOCKFILE");
    }

    @Test
    void removeTakesThePackageOutOfPackageJsonAndNodeModules() throws IOException {
        reg.pkg("leaf", "1.0.0").publish();
        reg.pkg("a", "1.0.0").dep("leaf", "^1.0.0").publish();
        reg.pkg("b", "1.0.0").publish();
        packageJson("{\n  \"dependencies\": {\n    \"a\": \"^1.0.0\",\n    \"b\": \"^1.0.0\"\n  }\n}\n");
        assertThat(jnode("install")).as(stderr).isZero();

        assertThat(jnode("remove", "a")).as(stderr).isZero();

        assertThat(Files.readString(project.resolve("package.json")))
                .isEqualTo("{\n  \"dependencies\": {\n    \"b\": \"^1.0.0\"\n  }\n}\n");
        assertThat(project.resolve("node_modules/a")).doesNotExist();
        assertThat(project.resolve("node_modules/leaf")).doesNotExist();
        assertThat(stdout).contains("removed 2 packages");
        assertThat(lock().path("packages").propertyNames()).containsExactly("", "node_modules/b");
    }
}
