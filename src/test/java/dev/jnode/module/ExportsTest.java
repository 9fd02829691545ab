package dev.jnode.module;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** package.json "exports" as CommonJS require() sees it; expectations checked against Node 24. */
class ExportsTest {
    @TempDir
    Path tmp;
    Tree t;

    @BeforeEach
    void setUp() {
        t = new Tree(tmp);
        t.file("app/main.js");
    }

    private String pkgJson(String name) {
        return t.path("node_modules/" + name + "/package.json");
    }

    @Test
    void stringExportsIsTheMainEntry() {
        t.pkg("node_modules/a", "{'exports':'./lib/m.js','main':'ignored.js'}").file("node_modules/a/lib/m.js",
                "node_modules/a/ignored.js");
        assertThat(t.resolve("a", "app/main.js")).isEqualTo(t.path("node_modules/a/lib/m.js"));
    }

    @Test
    void dotKeyIsTheMainEntry() {
        t.pkg("node_modules/a", "{'exports':{'.':'./m.js'}}").file("node_modules/a/m.js");
        assertThat(t.resolve("a", "app/main.js")).isEqualTo(t.path("node_modules/a/m.js"));
    }

    @Test
    void subpathKeyMapsToItsTarget() {
        t.pkg("node_modules/a", "{'exports':{'.':'./m.js','./sub':'./lib/sub.js'}}").file("node_modules/a/lib/sub.js");
        assertThat(t.resolve("a/sub", "app/main.js")).isEqualTo(t.path("node_modules/a/lib/sub.js"));
    }

    @Test
    void unlistedSubpathIsNotExported() {
        t.pkg("node_modules/a", "{'exports':{'.':'./m.js'}}").file("node_modules/a/m.js", "node_modules/a/x.js");
        t.error("a/x", "app/main.js").hasMessage("Package subpath './x' is not defined by \"exports\" in "
                + pkgJson("a")).extracting(Tree::code).isEqualTo("ERR_PACKAGE_PATH_NOT_EXPORTED");
    }

    @Test
    void existingFileIsHiddenByExports() {
        t.pkg("node_modules/a", "{'exports':'./m.js'}").file("node_modules/a/m.js", "node_modules/a/x.js");
        t.error("a/x.js", "app/main.js").extracting(Tree::code).isEqualTo("ERR_PACKAGE_PATH_NOT_EXPORTED");
    }

    @Test
    void missingMainEntrySaysNoExportsMain() {
        t.pkg("node_modules/a", "{'exports':{'./x':'./x.js'}}").file("node_modules/a/x.js");
        t.error("a", "app/main.js").hasMessage("No \"exports\" main defined in " + pkgJson("a"))
                .extracting(Tree::code).isEqualTo("ERR_PACKAGE_PATH_NOT_EXPORTED");
    }

    @Test
    void requireConditionWinsOverImport() {
        t.pkg("node_modules/a", "{'exports':{'import':'./i.mjs','require':'./r.js'}}").file("node_modules/a/r.js");
        assertThat(t.resolve("a", "app/main.js")).isEqualTo(t.path("node_modules/a/r.js"));
    }

    @Test
    void conditionsAreTriedInObjectOrderNotPriority() {
        t.pkg("node_modules/a", "{'exports':{'.':{'default':'./d.js','require':'./r.js'}}}")
                .file("node_modules/a/d.js", "node_modules/a/r.js");
        assertThat(t.resolve("a", "app/main.js")).isEqualTo(t.path("node_modules/a/d.js"));
    }

    @Test
    void nestedConditionsAreFollowed() {
        t.pkg("node_modules/a", "{'exports':{'import':'./i.js','node':{'import':'./ni.js','default':'./nd.js'}}}")
                .file("node_modules/a/nd.js");
        assertThat(t.resolve("a", "app/main.js")).isEqualTo(t.path("node_modules/a/nd.js"));
    }

    @Test
    void nodeAddonsConditionMatches() {
        t.pkg("node_modules/a", "{'exports':{'node-addons':'./add.js','default':'./d.js'}}")
                .file("node_modules/a/add.js", "node_modules/a/d.js");
        assertThat(t.resolve("a", "app/main.js")).isEqualTo(t.path("node_modules/a/add.js"));
    }

    @Test
    void unknownConditionIsSkipped() {
        t.pkg("node_modules/a", "{'exports':{'browser':'./b.js','default':'./d.js'}}")
                .file("node_modules/a/b.js", "node_modules/a/d.js");
        assertThat(t.resolve("a", "app/main.js")).isEqualTo(t.path("node_modules/a/d.js"));
    }

    @Test
    void userConditionMatches() {
        t.pkg("node_modules/a", "{'exports':{'custom':'./c.js','default':'./d.js'}}")
                .file("node_modules/a/c.js", "node_modules/a/d.js");
        t.conditions = Set.of("require", "node", "node-addons", "custom");
        assertThat(t.resolve("a", "app/main.js")).isEqualTo(t.path("node_modules/a/c.js"));
    }

    @Test
    void importConditionMatchesForTheEsmLoader() {
        t.pkg("node_modules/a", "{'exports':{'import':'./i.mjs','require':'./r.js'}}")
                .file("node_modules/a/i.mjs", "node_modules/a/r.js");
        t.conditions = Set.of("import", "node");
        assertThat(t.resolve("a", "app/main.js")).isEqualTo(t.path("node_modules/a/i.mjs"));
    }

    @Test
    void noMatchingConditionIsNotExported() {
        t.pkg("node_modules/a", "{'exports':{'./x':{'import':'./i.mjs'}}}");
        t.error("a/x", "app/main.js").extracting(Tree::code).isEqualTo("ERR_PACKAGE_PATH_NOT_EXPORTED");
    }

    @Test
    void nullConditionStopsTheSearch() {
        t.pkg("node_modules/a", "{'exports':{'./x':{'require':null,'default':'./d.js'}}}").file("node_modules/a/d.js");
        t.error("a/x", "app/main.js").extracting(Tree::code).isEqualTo("ERR_PACKAGE_PATH_NOT_EXPORTED");
    }

    @Test
    void nullTargetExcludesAPatternMatch() {
        t.pkg("node_modules/a", "{'exports':{'./*':'./*.js','./priv/*':null}}").file("node_modules/a/priv/q.js");
        t.error("a/priv/q", "app/main.js").hasMessage("Package subpath './priv/q' is not defined by \"exports\" in "
                + pkgJson("a"));
    }

    @Test
    void patternSubstitutesTheStar() {
        t.pkg("node_modules/a", "{'exports':{'./feat/*':'./lib/feat/*.js'}}").file("node_modules/a/lib/feat/f.js");
        assertThat(t.resolve("a/feat/f", "app/main.js")).isEqualTo(t.path("node_modules/a/lib/feat/f.js"));
    }

    @Test
    void patternStarMatchesAcrossSlashes() {
        t.pkg("node_modules/a", "{'exports':{'./*':'./lib/*.js'}}").file("node_modules/a/lib/x/y.js");
        assertThat(t.resolve("a/x/y", "app/main.js")).isEqualTo(t.path("node_modules/a/lib/x/y.js"));
    }

    @Test
    void patternReplacesEveryStarInTheTarget() {
        t.pkg("node_modules/a", "{'exports':{'./twice/*':'./lib/*/*.js'}}").file("node_modules/a/lib/q/q.js");
        assertThat(t.resolve("a/twice/q", "app/main.js")).isEqualTo(t.path("node_modules/a/lib/q/q.js"));
    }

    @Test
    void patternWithTrailerMatchesTheMiddle() {
        t.pkg("node_modules/a", "{'exports':{'./x/*/y':'./lib/mid-*.js'}}").file("node_modules/a/lib/mid-m.js");
        assertThat(t.resolve("a/x/m/y", "app/main.js")).isEqualTo(t.path("node_modules/a/lib/mid-m.js"));
    }

    @Test
    void longerPatternPrefixWins() {
        t.pkg("node_modules/a", "{'exports':{'./*':'./lib/*.js','./a/*':'./lib/A-*.js'}}")
                .file("node_modules/a/lib/a/q.js", "node_modules/a/lib/A-q.js");
        assertThat(t.resolve("a/a/q", "app/main.js")).isEqualTo(t.path("node_modules/a/lib/A-q.js"));
    }

    @Test
    void equalPrefixLongerKeyWins() {
        t.pkg("node_modules/a", "{'exports':{'./a/*':'./lib/A-*.js','./a/*.js':'./lib/AJS-*.js'}}")
                .file("node_modules/a/lib/AJS-q.js", "node_modules/a/lib/A-q.js.js");
        assertThat(t.resolve("a/a/q.js", "app/main.js")).isEqualTo(t.path("node_modules/a/lib/AJS-q.js"));
    }

    @Test
    void longerPrefixBeatsLongerTrailer() {
        t.pkg("node_modules/a", "{'exports':{'./a/*.js':'./lib/AJS-*.js','./a/b*':'./lib/AB-*.js'}}")
                .file("node_modules/a/lib/AB-cd.js.js");
        assertThat(t.resolve("a/a/bcd.js", "app/main.js")).isEqualTo(t.path("node_modules/a/lib/AB-cd.js.js"));
    }

    @Test
    void starMustMatchAtLeastOneCharacter() {
        t.pkg("node_modules/a", "{'exports':{'./a/*':'./lib/A-*.js','./a/b*':'./lib/AB-*.js'}}")
                .file("node_modules/a/lib/A-b.js");
        assertThat(t.resolve("a/a/b", "app/main.js")).isEqualTo(t.path("node_modules/a/lib/A-b.js"));
    }

    @Test
    void exactKeyWinsOverPattern() {
        t.pkg("node_modules/a", "{'exports':{'./*':'./lib/*.js','./x':'./exact.js'}}")
                .file("node_modules/a/exact.js", "node_modules/a/lib/x.js");
        assertThat(t.resolve("a/x", "app/main.js")).isEqualTo(t.path("node_modules/a/exact.js"));
    }

    @Test
    void trailingSlashFolderMappingIsNoLongerSupported() {
        t.pkg("node_modules/a", "{'exports':{'./dir/':'./lib/'}}").file("node_modules/a/lib/x.js");
        t.error("a/dir/x.js", "app/main.js").extracting(Tree::code).isEqualTo("ERR_PACKAGE_PATH_NOT_EXPORTED");
    }

    @Test
    void targetWithoutDotSlashIsInvalid() {
        t.pkg("node_modules/a", "{'exports':{'./bad':'lib/bad.js'}}");
        t.error("a/bad", "app/main.js").hasMessage("Invalid \"exports\" target \"lib/bad.js\" defined for './bad' in "
                + "the package config " + pkgJson("a") + "; targets must start with \"./\"")
                .extracting(Tree::code).isEqualTo("ERR_INVALID_PACKAGE_TARGET");
    }

    @Test
    void invalidMainTargetSaysMainTarget() {
        t.pkg("node_modules/a", "{'exports':'m.js'}");
        t.error("a", "app/main.js").hasMessage("Invalid \"exports\" main target \"m.js\" defined in the package "
                + "config " + pkgJson("a") + "; targets must start with \"./\"");
    }

    @Test
    void targetLeavingThePackageIsInvalid() {
        t.pkg("node_modules/a", "{'exports':{'./dotdot':'./../x.js'}}");
        t.error("a/dotdot", "app/main.js").hasMessage("Invalid \"exports\" target \"./../x.js\" defined for "
                + "'./dotdot' in the package config " + pkgJson("a"));
    }

    @Test
    void targetIntoNodeModulesIsInvalid() {
        t.pkg("node_modules/a", "{'exports':{'./nm':'./node_modules/x.js'}}");
        t.error("a/nm", "app/main.js").extracting(Tree::code).isEqualTo("ERR_INVALID_PACKAGE_TARGET");
    }

    @Test
    void numberTargetIsInvalid() {
        t.pkg("node_modules/a", "{'exports':{'./n':5}}");
        t.error("a/n", "app/main.js").hasMessage("Invalid \"exports\" target \"5\" defined for './n' in the package "
                + "config " + pkgJson("a") + "; targets must start with \"./\"");
    }

    @Test
    void booleanTargetIsInvalid() {
        t.pkg("node_modules/a", "{'exports':{'./t':{'require':true}}}");
        t.error("a/t", "app/main.js").hasMessage("Invalid \"exports\" target \"true\" defined for './t' in the "
                + "package config " + pkgJson("a") + "; targets must start with \"./\"");
    }

    @Test
    void dotDotInPatternMatchIsAnInvalidSpecifier() {
        t.pkg("node_modules/a", "{'exports':{'./feat/*':'./lib/feat/*.js'}}");
        t.error("a/feat/../x", "app/main.js").hasMessage("Invalid module \"./feat/../x\" request is not a valid "
                + "match in pattern \"./feat/*\" for the \"exports\" resolution of " + pkgJson("a"))
                .extracting(Tree::code).isEqualTo("ERR_INVALID_MODULE_SPECIFIER");
    }

    @Test
    void percentEncodedDotDotInPatternMatchIsAnInvalidSpecifier() {
        t.pkg("node_modules/a", "{'exports':{'./feat/*':'./lib/feat/*.js'}}");
        t.error("a/feat/%2e%2e/main", "app/main.js").extracting(Tree::code).isEqualTo("ERR_INVALID_MODULE_SPECIFIER");
    }

    @Test
    void encodedSlashInResultIsAnInvalidSpecifier() {
        t.pkg("node_modules/a", "{'exports':{'./feat/*':'./lib/feat/*.js'}}");
        t.error("a/feat/a%2Fb", "app/main.js").hasMessage("Invalid module \"file://" + t.path("node_modules/a")
                + "/lib/feat/a%2Fb.js\" must not include encoded \"/\" or \"\\\" characters");
    }

    @Test
    void percentEscapesInSubpathAreDecoded() {
        t.pkg("node_modules/a", "{'exports':{'./*':'./lib/*.js'}}").file("node_modules/a/lib/a b.js");
        assertThat(t.resolve("a/a%20b", "app/main.js")).isEqualTo(t.path("node_modules/a/lib/a b.js"));
    }

    @Test
    void queryInSubpathIsDropped() {
        t.pkg("node_modules/a", "{'exports':{'./*':'./lib/*.js'}}").file("node_modules/a/lib/a");
        assertThat(t.resolve("a/a?x", "app/main.js")).isEqualTo(t.path("node_modules/a/lib/a"));
    }

    @Test
    void missingTargetFileIsModuleNotFoundNamingTheTarget() {
        t.pkg("node_modules/a", "{'exports':{'./missing':'./lib/missing.js'}}");
        t.error("a/missing", "app/main.js").hasMessage("Cannot find module '" + t.path("node_modules/a/lib/missing.js")
                + "'").extracting(Tree::code).isEqualTo("MODULE_NOT_FOUND");
    }

    @Test
    void targetsGetNoExtensionSearch() {
        t.pkg("node_modules/a", "{'exports':{'./*':'./lib/*'}}").file("node_modules/a/lib/q.js");
        t.error("a/q", "app/main.js").hasMessage("Cannot find module '" + t.path("node_modules/a/lib/q") + "'");
    }

    @Test
    void arrayFallsBackPastInvalidTargets() {
        t.pkg("node_modules/a", "{'exports':{'./arr':['nope:x','./ok.js']}}").file("node_modules/a/ok.js");
        assertThat(t.resolve("a/arr", "app/main.js")).isEqualTo(t.path("node_modules/a/ok.js"));
    }

    @Test
    void arrayFallsBackPastNullAndUnmatchedConditions() {
        t.pkg("node_modules/a", "{'exports':{'./x':[null,{'import':'./i.js'},'./ok.js']}}").file("node_modules/a/ok.js");
        assertThat(t.resolve("a/x", "app/main.js")).isEqualTo(t.path("node_modules/a/ok.js"));
    }

    @Test
    void arrayOfInvalidTargetsThrowsTheLast() {
        t.pkg("node_modules/a", "{'exports':{'./allbad':['x.js','y.js']}}");
        t.error("a/allbad", "app/main.js").hasMessage("Invalid \"exports\" target \"y.js\" defined for './allbad' in "
                + "the package config " + pkgJson("a") + "; targets must start with \"./\"");
    }

    @Test
    void emptyArrayIsNotExported() {
        t.pkg("node_modules/a", "{'exports':{'./e':[]}}");
        t.error("a/e", "app/main.js").extracting(Tree::code).isEqualTo("ERR_PACKAGE_PATH_NOT_EXPORTED");
    }

    @Test
    void arrayFallbackDoesNotSkipMissingFiles() {
        t.pkg("node_modules/a", "{'exports':['./missing.js','./ok.js']}").file("node_modules/a/ok.js");
        t.error("a", "app/main.js").hasMessage("Cannot find module '" + t.path("node_modules/a/missing.js") + "'");
    }

    @Test
    void mixingSubpathAndConditionKeysIsAnInvalidConfig() {
        t.pkg("node_modules/a", "{'exports':{'.':'./a.js','b':'./b.js'}}");
        t.error("a", "app/main.js").hasMessage("Invalid package config " + pkgJson("a") + ". \"exports\" cannot "
                + "contain some keys starting with '.' and some not. The exports object must either be an object of "
                + "package subpath keys or an object of main entry condition name keys only.")
                .extracting(Tree::code).isEqualTo("ERR_INVALID_PACKAGE_CONFIG");
    }

    @Test
    void numericConditionKeyIsAnInvalidConfig() {
        t.pkg("node_modules/a", "{'exports':{'0':'./a.js'}}");
        t.error("a", "app/main.js").hasMessage("Invalid package config " + pkgJson("a")
                + ". \"exports\" cannot contain numeric property keys.");
    }

    @Test
    void nullExportsFallsBackToMain() {
        t.pkg("node_modules/a", "{'exports':null,'main':'m.js'}").file("node_modules/a/m.js");
        assertThat(t.resolve("a", "app/main.js")).isEqualTo(t.path("node_modules/a/m.js"));
    }

    @Test
    void scopedPackageExportsResolve() {
        t.pkg("node_modules/@s/p", "{'name':'@s/p','exports':{'.':'./lib/i.js','./sub':'./lib/s.js'}}")
                .file("node_modules/@s/p/lib/i.js", "node_modules/@s/p/lib/s.js");
        assertThat(t.resolve("@s/p", "app/main.js")).isEqualTo(t.path("node_modules/@s/p/lib/i.js"));
        assertThat(t.resolve("@s/p/sub", "app/main.js")).isEqualTo(t.path("node_modules/@s/p/lib/s.js"));
    }

    @Test
    void scopedPackageUnexportedSubpathNamesItsPackageJson() {
        t.pkg("node_modules/@s/p", "{'exports':'./i.js'}");
        t.error("@s/p/nope", "app/main.js").hasMessage("Package subpath './nope' is not defined by \"exports\" in "
                + t.path("node_modules/@s/p/package.json"));
    }

    @Test
    void nearestNodeModulesPackageWins() {
        t.pkg("node_modules/a", "{'exports':'./outer.js'}").file("node_modules/a/outer.js")
                .pkg("node_modules/b/node_modules/a", "{'exports':'./inner.js'}")
                .file("node_modules/b/node_modules/a/inner.js", "node_modules/b/index.js");
        assertThat(t.resolve("a", "node_modules/b/index.js")).isEqualTo(t.path("node_modules/b/node_modules/a/inner.js"));
    }

    @Test
    void notExportedErrorStopsTheWalkUp() {
        t.pkg("app/node_modules/a", "{'exports':'./m.js'}").pkg("node_modules/a", "{'main':'x.js'}")
                .file("node_modules/a/x.js");
        t.error("a/x.js", "app/main.js").extracting(Tree::code).isEqualTo("ERR_PACKAGE_PATH_NOT_EXPORTED");
    }

    @Test
    void emptySegmentsResolveWithDeprecationsAsNodeReportsThem() {
        t.pkg("node_modules/a", "{'exports':{'./double':'.//x.js','./sub/*':'./*','./pat*':'./lib*.js'}}")
                .file("node_modules/a/x.js", "node_modules/a/lib/y.js");
        java.util.List<String> warnings = new java.util.ArrayList<>();
        t.resolver.onDeprecation((code, message) -> warnings.add(code + " " + message));
        assertThat(t.resolve("a/double", "app/main.js")).isEqualTo(t.path("node_modules/a/x.js"));
        assertThat(t.resolve("a/sub//x.js", "app/main.js")).isEqualTo(t.path("node_modules/a/x.js"));
        assertThat(t.resolve("a/pat/y", "app/main.js")).isEqualTo(t.path("node_modules/a/lib/y.js"));
        String at = " in the \"exports\" field module resolution of the package at " + pkgJson("a") + ".";
        assertThat(warnings).containsExactly(
                "DEP0166 Use of deprecated double slash resolving \".//x.js\" for module request \"./double\"" + at,
                "DEP0166 Use of deprecated double slash resolving \".//x.js\" for module request \"./sub//x.js\""
                        + " matched to \"./sub/*\"" + at,
                "DEP0166 Use of deprecated leading or trailing slash matching resolving \"./lib/y.js\" for module"
                        + " request \"./pat/y\" matched to \"./pat*\"" + at);
    }
}
