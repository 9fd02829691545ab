package dev.jnode.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files, directories, self-reference, package scopes and symlinks; checked against Node 24. */
class ResolverTest {
    @TempDir
    Path tmp;
    Tree t;

    @BeforeEach
    void setUp() {
        t = new Tree(tmp);
        t.file("app/main.js");
    }

    @Test
    void relativeFileIsFound() {
        t.file("app/x.js");
        assertThat(t.resolve("./x.js", "app/main.js")).isEqualTo(t.path("app/x.js"));
    }

    @Test
    void extensionsAreTriedInOrder() {
        t.file("app/x.js", "app/x.json");
        assertThat(t.resolve("./x", "app/main.js")).isEqualTo(t.path("app/x.js"));
    }

    @Test
    void exactFileWinsOverExtensions() {
        t.file("app/x", "app/x.js");
        assertThat(t.resolve("./x", "app/main.js")).isEqualTo(t.path("app/x"));
    }

    @Test
    void configuredExtensionsAreTried() {
        t.file("app/x.ts");
        t.resolver.setExtensions(List.of(".js", ".json", ".node", ".ts"));
        assertThat(t.resolve("./x", "app/main.js")).isEqualTo(t.path("app/x.ts"));
    }

    @Test
    void parentDirectoryRequestIsFound() {
        t.file("x.js");
        assertThat(t.resolve("../x", "app/main.js")).isEqualTo(t.path("x.js"));
    }

    @Test
    void directoryResolvesToIndex() {
        t.file("app/dir/index.js");
        assertThat(t.resolve("./dir", "app/main.js")).isEqualTo(t.path("app/dir/index.js"));
    }

    @Test
    void trailingSlashSkipsTheFile() {
        t.file("app/dir.js", "app/dir/index.js");
        assertThat(t.resolve("./dir", "app/main.js")).isEqualTo(t.path("app/dir.js"));
        assertThat(t.resolve("./dir/", "app/main.js")).isEqualTo(t.path("app/dir/index.js"));
    }

    @Test
    void dotRequestIsTheDirectoryIndex() {
        t.file("app/index.js");
        assertThat(t.resolve(".", "app/main.js")).isEqualTo(t.path("app/index.js"));
    }

    @Test
    void absoluteRequestIgnoresLookupPaths() {
        t.file("elsewhere/y.js");
        assertThat(t.resolve(t.path("elsewhere/y"), "app/main.js")).isEqualTo(t.path("elsewhere/y.js"));
    }

    @Test
    void missingFileIsNull() {
        assertThat(t.resolve("./nope", "app/main.js")).isNull();
        assertThat(t.resolve("nope", "app/main.js")).isNull();
    }

    @Test
    void requestWithNulIsNotFound() {
        assertThat(t.resolve("./x\0y", "app/main.js")).isNull();
    }

    @Test
    void packageMainIsFollowed() {
        t.pkg("node_modules/m", "{'main':'lib/entry'}").file("node_modules/m/lib/entry.js");
        assertThat(t.resolve("m", "app/main.js")).isEqualTo(t.path("node_modules/m/lib/entry.js"));
    }

    @Test
    void packageMainDirectoryUsesItsIndex() {
        t.pkg("node_modules/m", "{'main':'./lib/'}").file("node_modules/m/lib/index.js");
        assertThat(t.resolve("m", "app/main.js")).isEqualTo(t.path("node_modules/m/lib/index.js"));
    }

    @Test
    void brokenMainFallsBackToIndex() {
        t.pkg("node_modules/m", "{'main':'./nope.js'}").file("node_modules/m/index.js");
        assertThat(t.resolve("m", "app/main.js")).isEqualTo(t.path("node_modules/m/index.js"));
    }

    @Test
    void brokenMainFallingBackToIndexIsReportedAsDep0128() {
        List<String> warnings = new java.util.ArrayList<>();
        t.resolver.onDeprecation((code, message) -> warnings.add(code + " " + message));
        t.pkg("node_modules/m", "{'main':'./nope.js'}").file("node_modules/m/index.js");
        t.resolve("m", "app/main.js");
        assertThat(warnings).containsExactly("DEP0128 Invalid 'main' field in '" + t.path("node_modules/m/package.json")
                + "' of './nope.js'. Please either fix that or report it to the module author");
    }

    @Test
    void multiDotExtensionsAreTried() {
        t.file("app/x.foo.bar");
        t.resolver.setExtensions(List.of(".js", ".json", ".node", ".bar", ".foo.bar"));
        assertThat(t.resolve("./x", "app/main.js")).isEqualTo(t.path("app/x.foo.bar"));
    }

    @Test
    void brokenMainWithoutIndexAsksToVerifyMain() {
        t.pkg("node_modules/m", "{'main':'./nope.js'}");
        t.error("m", "app/main.js").hasMessage("Cannot find module '" + t.path("node_modules/m/nope.js")
                + "'. Please verify that the package.json has a valid \"main\" entry")
                .extracting(Tree::code).isEqualTo("MODULE_NOT_FOUND");
    }

    @Test
    void packageSubpathWithoutExportsIsAPlainFile() {
        t.pkg("node_modules/m", "{'main':'a.js'}").file("node_modules/m/lib/b.js");
        assertThat(t.resolve("m/lib/b", "app/main.js")).isEqualTo(t.path("node_modules/m/lib/b.js"));
    }

    @Test
    void nodeModulesAreSearchedUpTheTree() {
        t.file("node_modules/up/index.js", "app/deep/er/main.js");
        assertThat(t.resolve("up", "app/deep/er/main.js")).isEqualTo(t.path("node_modules/up/index.js"));
    }

    @Test
    void laterLookupPathsSuchAsNodePathAreSearched() {
        t.file("global/g/index.js");
        String found = t.resolver.resolve("g", t.path("app/main.js"),
                List.of(t.path("app/node_modules"), t.path("node_modules"), t.path("global")),
                Resolver.CJS_CONDITIONS, false);
        assertThat(found).isEqualTo(t.path("global/g/index.js"));
    }

    @Test
    void missingLookupDirectoriesAreSkipped() {
        t.file("lib/x.js");
        assertThat(t.resolver.findPath("x", List.of(t.path("nope"), t.path("lib")))).isEqualTo(t.path("lib/x.js"));
    }

    @Test
    void invalidPackageJsonOfADependencyIsAnInvalidConfig() {
        t.write("node_modules/bad/package.json", "{bad").file("node_modules/bad/index.js");
        t.error("bad", "app/main.js").hasMessage("Invalid package config " + t.path("node_modules/bad/package.json")
                + ".").extracting(Tree::code).isEqualTo("ERR_INVALID_PACKAGE_CONFIG");
    }

    @Test
    void emptyPackageJsonIsAnInvalidConfig() {
        t.write("node_modules/e/package.json", "").file("node_modules/e/index.js");
        t.error("e", "app/main.js").extracting(Tree::code).isEqualTo("ERR_INVALID_PACKAGE_CONFIG");
    }

    @Test
    void nonObjectPackageJsonIsAnInvalidConfig() {
        t.write("node_modules/e/package.json", "[1]").file("node_modules/e/index.js");
        t.error("e", "app/main.js").extracting(Tree::code).isEqualTo("ERR_INVALID_PACKAGE_CONFIG");
    }

    @Test
    void byteOrderMarkInPackageJsonIsAccepted() {
        t.write("node_modules/b/package.json", "\uFEFF{\"main\":\"m.js\"}").file("node_modules/b/m.js");
        assertThat(t.resolve("b", "app/main.js")).isEqualTo(t.path("node_modules/b/m.js"));
    }

    @Test
    void invalidPackageJsonInTheParentsScopeFailsEveryRequire() {
        t.write("broken/package.json", "{oops").file("broken/src/a.js", "broken/src/b.js");
        t.error("./b", "broken/src/a.js").hasMessage("Invalid package config " + t.path("broken/package.json") + ".");
    }

    @Test
    void selfReferenceResolvesThroughOwnExports() {
        t.pkg("app", "{'name':'app','exports':{'.':'./index.js','./util':'./lib/util.js'}}")
                .file("app/index.js", "app/lib/util.js", "app/lib/deep/x.js");
        assertThat(t.resolve("app", "app/lib/deep/x.js")).isEqualTo(t.path("app/index.js"));
        assertThat(t.resolve("app/util", "app/lib/deep/x.js")).isEqualTo(t.path("app/lib/util.js"));
    }

    @Test
    void selfReferenceOfScopedName() {
        t.pkg("app", "{'name':'@me/app','exports':'./index.js'}").file("app/index.js");
        assertThat(t.resolve("@me/app", "app/main.js")).isEqualTo(t.path("app/index.js"));
    }

    @Test
    void selfReferenceErrorNamesTheImporter() {
        t.pkg("app", "{'name':'app','exports':{'.':'./index.js'}}");
        t.error("app/nope", "app/main.js").hasMessage("Package subpath './nope' is not defined by \"exports\" in "
                + t.path("app/package.json") + " imported from " + t.path("app/main.js"));
    }

    @Test
    void selfReferenceNeedsExports() {
        t.pkg("app", "{'name':'app','main':'main.js'}");
        assertThat(t.resolve("app", "app/main.js")).isNull();
    }

    @Test
    void selfReferenceTakesPrecedenceOverNodeModules() {
        t.pkg("app", "{'name':'app','exports':'./main.js'}").file("app/node_modules/app/index.js");
        assertThat(t.resolve("app", "app/main.js")).isEqualTo(t.path("app/main.js"));
    }

    @Test
    void otherNamesAreNotSelfReferences() {
        t.pkg("app", "{'name':'app','exports':'./main.js'}").file("node_modules/application/index.js");
        assertThat(t.resolve("application", "app/main.js")).isEqualTo(t.path("node_modules/application/index.js"));
    }

    @Test
    void symlinkedPackageResolvesToItsRealPath() {
        t.pkg("real/pkg", "{'exports':'./m.js'}").file("real/pkg/m.js").symlink("node_modules/linked", "../real/pkg");
        assertThat(t.resolve("linked", "app/main.js")).isEqualTo(t.path("real/pkg/m.js"));
    }

    @Test
    void symlinkedFileResolvesToItsRealPath() {
        t.file("real/f.js").symlink("app/link.js", t.path("real/f.js"));
        assertThat(t.resolve("./link.js", "app/main.js")).isEqualTo(t.path("real/f.js"));
    }

    @Test
    void preserveSymlinksKeepsTheLinkPath() {
        t.pkg("real/pkg", "{'exports':'./m.js'}").file("real/pkg/m.js", "real/pkg/other.js")
                .symlink("node_modules/linked", "../real/pkg");
        t.resolver.setPreserveSymlinks(true, false);
        assertThat(t.resolve("linked", "app/main.js")).isEqualTo(t.path("node_modules/linked/m.js"));
    }

    @Test
    void preserveSymlinksMainAppliesToTheMainModuleOnly() {
        t.file("real/f.js").symlink("app/link.js", t.path("real/f.js"));
        t.resolver.setPreserveSymlinks(false, true);
        List<String> paths = List.of(t.path("app"));
        assertThat(t.resolver.resolve(t.path("app/link.js"), null, paths, Resolver.CJS_CONDITIONS, true))
                .isEqualTo(t.path("app/link.js"));
        assertThat(t.resolver.resolve(t.path("app/link.js"), null, paths, Resolver.CJS_CONDITIONS, false))
                .isEqualTo(t.path("real/f.js"));
    }

    @Test
    void realpathOfAMissingPathIsThePathItself() {
        assertThat(t.resolver.realpath(t.path("nope"))).isEqualTo(t.path("nope"));
    }

    @Test
    void packageScopeIsTheNearestPackageJson() {
        t.pkg("app", "{'type':'module'}").pkg("app/sub", "{}");
        assertThat(t.resolver.packageScope(t.path("app/x/y.js")).path().toString()).isEqualTo(t.path("app/package.json"));
        assertThat(t.resolver.packageScope(t.path("app/sub/y.js")).path().toString())
                .isEqualTo(t.path("app/sub/package.json"));
    }

    @Test
    void packageTypeIsModuleCommonjsOrNone() {
        t.pkg("m", "{'type':'module'}").pkg("c", "{'type':'commonjs'}").pkg("n", "{'type':'other'}");
        assertThat(t.resolver.packageScope(t.path("m/a.js")).moduleType()).isEqualTo("module");
        assertThat(t.resolver.packageScope(t.path("c/a.js")).moduleType()).isEqualTo("commonjs");
        assertThat(t.resolver.packageScope(t.path("n/a.js")).moduleType()).isEqualTo("none");
    }

    @Test
    void packageScopeStopsAtNodeModules() {
        t.pkg("", "{'type':'module'}").file("node_modules/loose.js");
        assertThat(t.resolver.packageScope(t.path("node_modules/loose.js"))).isNull();
    }

    @Test
    void directoryEndingInSlashIsItsOwnScope() {
        t.pkg("app", "{'name':'app'}");
        assertThat(t.resolver.packageScope(t.path("app") + "/").name()).isEqualTo("app");
    }

    @Test
    void patternKeysSortBySpecificity() {
        List<String> keys = new java.util.ArrayList<>(List.of("./*", "./a/*.js", "./a/*", "./a/b*"));
        keys.sort(PackageMaps::patternKeyCompare);
        assertThat(keys).containsExactly("./a/b*", "./a/*.js", "./a/*", "./*");
    }

    @Test
    void invalidSegmentsIncludeEncodedAndUppercaseForms() {
        assertThat(PackageMaps.hasInvalidSegment("a/%2E/b")).isTrue();
        assertThat(PackageMaps.hasInvalidSegment("a\\..")).isTrue();
        assertThat(PackageMaps.hasInvalidSegment("NODE_MODULES/x")).isTrue();
        assertThat(PackageMaps.hasInvalidSegment("a//b")).isFalse();
        assertThat(PackageMaps.hasInvalidSegment("a/.b/..c")).isFalse();
    }

    @Test
    void codedErrorsKeepTheirCode() {
        assertThatThrownBy(() -> {
            throw ModuleResolutionException.notFound("x");
        }).hasMessage("Cannot find module 'x'");
    }
}
