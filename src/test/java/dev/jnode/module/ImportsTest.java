package dev.jnode.module;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** package.json "imports" ("#name" specifiers) as CommonJS require() sees them; checked against Node 24. */
class ImportsTest {
    @TempDir
    Path tmp;
    Tree t;
    String from;

    @BeforeEach
    void setUp() {
        t = new Tree(tmp);
        t.file("app/src/main.js");
        from = t.path("app/src/main.js");
    }

    private Tree imports(String json) {
        return t.pkg("app", "{'name':'app','imports':" + json + "}");
    }

    @Test
    void exactImportResolvesFromThePackageRoot() {
        imports("{'#x':'./src/x.js'}").file("app/src/x.js");
        assertThat(t.resolve("#x", "app/src/main.js")).isEqualTo(t.path("app/src/x.js"));
    }

    @Test
    void importConditionsAreMatched() {
        imports("{'#c':{'custom':'./src/custom.js','require':'./src/x.js'}}").file("app/src/custom.js", "app/src/x.js");
        assertThat(t.resolve("#c", "app/src/main.js")).isEqualTo(t.path("app/src/x.js"));
        t.conditions = Set.of("require", "node", "custom");
        assertThat(t.resolve("#c", "app/src/main.js")).isEqualTo(t.path("app/src/custom.js"));
    }

    @Test
    void importPatternSubstitutesTheStar() {
        imports("{'#p/*':'./src/*.js'}").file("app/src/a.js");
        assertThat(t.resolve("#p/a", "app/src/main.js")).isEqualTo(t.path("app/src/a.js"));
    }

    @Test
    void mostSpecificImportPatternWins() {
        imports("{'#p/*':'./src/*.js','#p/deep/*':'./src/d-*.js'}").file("app/src/d-b.js", "app/src/deep/b.js");
        assertThat(t.resolve("#p/deep/b", "app/src/main.js")).isEqualTo(t.path("app/src/d-b.js"));
    }

    @Test
    void bareTargetResolvesAsAPackage() {
        imports("{'#dep':'dep'}").pkg("node_modules/dep", "{'name':'dep'}").file("node_modules/dep/index.js");
        assertThat(t.resolve("#dep", "app/src/main.js")).isEqualTo(t.path("node_modules/dep/index.js"));
    }

    @Test
    void bareTargetUsesTheDependencysExports() {
        imports("{'#e/*':'dep/*'}").pkg("node_modules/dep", "{'exports':{'./*':'./lib/*.js'}}")
                .file("node_modules/dep/lib/q.js");
        assertThat(t.resolve("#e/q", "app/src/main.js")).isEqualTo(t.path("node_modules/dep/lib/q.js"));
    }

    @Test
    void bareTargetSubpathGetsNoExtensionSearch() {
        imports("{'#depsub/*':'dep/sub/*'}").pkg("node_modules/dep", "{'name':'dep'}")
                .file("node_modules/dep/sub/s.js");
        assertThat(t.resolve("#depsub/s.js", "app/src/main.js")).isEqualTo(t.path("node_modules/dep/sub/s.js"));
        t.error("#depsub/s", "app/src/main.js").hasMessage("Cannot find module '" + t.path("node_modules/dep/sub/s")
                + "'").extracting(Tree::code).isEqualTo("MODULE_NOT_FOUND");
    }

    @Test
    void bareTargetToMissingPackageIsNotFoundForTheRequest() {
        imports("{'#d':'nodep'}");
        t.error("#d", "app/src/main.js").hasMessage("Cannot find module '#d'").extracting(Tree::code)
                .isEqualTo("MODULE_NOT_FOUND");
    }

    @Test
    void bareTargetWithInvalidPackageNameIsAnInvalidSpecifier() {
        imports("{'#s':'@s'}");
        t.error("#s", "app/src/main.js").hasMessage("Invalid module \"@s\" is not a valid package name imported from "
                + t.path("app/package.json")).extracting(Tree::code).isEqualTo("ERR_INVALID_MODULE_SPECIFIER");
    }

    @Test
    void builtinTargetIsRefusedByCommonJs() {
        imports("{'#fs':'fs'}");
        t.resolver.setBuiltins(Set.of("fs")::contains);
        t.error("#fs", "app/src/main.js").hasMessage("The URL must be of scheme file").extracting(Tree::code)
                .isEqualTo("ERR_INVALID_URL_SCHEME");
    }

    @Test
    void urlTargetIsInvalid() {
        imports("{'#url':'node:fs'}");
        t.error("#url", "app/src/main.js").hasMessage("Invalid \"imports\" target \"node:fs\" defined for '#url' in "
                + "the package config " + t.path("app/package.json") + " imported from " + from)
                .extracting(Tree::code).isEqualTo("ERR_INVALID_PACKAGE_TARGET");
    }

    @Test
    void absoluteAndParentTargetsAreInvalid() {
        imports("{'#abs':'/etc/x.js','#up':'../x.js'}");
        t.error("#abs", "app/src/main.js").extracting(Tree::code).isEqualTo("ERR_INVALID_PACKAGE_TARGET");
        t.error("#up", "app/src/main.js").extracting(Tree::code).isEqualTo("ERR_INVALID_PACKAGE_TARGET");
    }

    @Test
    void undefinedImportNamesThePackageAndTheImporter() {
        imports("{'#x':'./src/x.js'}");
        t.error("#nope", "app/src/main.js").hasMessage("Package import specifier \"#nope\" is not defined in package "
                + t.path("app/package.json") + " imported from " + from)
                .extracting(Tree::code).isEqualTo("ERR_PACKAGE_IMPORT_NOT_DEFINED");
    }

    @Test
    void numberImportTargetIsInvalidNotAPackage() {
        imports("{'#n':5}");
        t.error("#n", "app/src/main.js").hasMessage("Invalid \"imports\" target \"5\" defined for '#n' in the "
                + "package config " + t.path("app/package.json") + " imported from " + from);
    }

    @Test
    void nullImportIsNotDefined() {
        imports("{'#null':null}");
        t.error("#null", "app/src/main.js").extracting(Tree::code).isEqualTo("ERR_PACKAGE_IMPORT_NOT_DEFINED");
    }

    @Test
    void missingImportTargetIsNotFoundNamingTheFile() {
        imports("{'#missing':'./src/missing.js'}");
        t.error("#missing", "app/src/main.js").hasMessage("Cannot find module '" + t.path("app/src/missing.js") + "'");
    }

    @Test
    void bareHashIsAnInvalidSpecifier() {
        imports("{'#x':'./src/x.js'}");
        t.error("#", "app/src/main.js").hasMessage("Invalid module \"#\" is not a valid internal imports specifier "
                + "name imported from " + from).extracting(Tree::code).isEqualTo("ERR_INVALID_MODULE_SPECIFIER");
    }

    @Test
    void trailingSlashImportIsAnInvalidSpecifier() {
        imports("{'#x':'./src/x.js'}");
        t.error("#x/", "app/src/main.js").extracting(Tree::code).isEqualTo("ERR_INVALID_MODULE_SPECIFIER");
    }

    @Test
    void hashSlashIsAnOrdinaryImportName() {
        imports("{'#/*':'./src/*.js'}").file("app/src/x.js");
        assertThat(t.resolve("#/x", "app/src/main.js")).isEqualTo(t.path("app/src/x.js"));
    }

    @Test
    void withoutImportsFieldHashRequestIsSearchedInNodeModules() {
        t.pkg("app", "{'name':'app'}").file("node_modules/#x/index.js");
        assertThat(t.resolve("#x", "app/src/main.js")).isEqualTo(t.path("node_modules/#x/index.js"));
    }

    @Test
    void importsComeFromTheNearestPackageJsonOnly() {
        imports("{'#x':'./src/x.js'}").pkg("app/src", "{}").file("app/src/x.js");
        assertThat(t.resolve("#x", "app/src/main.js")).isNull();
    }

    @Test
    void importsOfAPackageInNodeModulesUseItsOwnScope() {
        t.pkg("node_modules/lib", "{'imports':{'#i':'./internal.js'}}").file("node_modules/lib/internal.js",
                "node_modules/lib/index.js");
        assertThat(t.resolve("#i", "node_modules/lib/index.js")).isEqualTo(t.path("node_modules/lib/internal.js"));
    }
}
