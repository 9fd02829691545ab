package dev.jnode.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Set;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resolver.resolveEsm and esmFormat: Node 24's ES module resolution, results and messages checked against it. */
class EsmResolverTest {
    private static final Set<String> IMPORT = Set.of("node", "import", "module-sync", "node-addons");

    @TempDir
    Path tmp;
    Tree t;

    @BeforeEach
    void setUp() {
        t = new Tree(tmp);
        t.file("app/main.mjs");
        t.resolver.setBuiltins(Set.of("fs", "path")::contains);
    }

    private String resolve(String specifier) {
        return t.resolver.resolveEsm(specifier, t.path("app/main.mjs"), IMPORT);
    }

    private AbstractThrowableAssert<?, ? extends Throwable> error(String specifier, String code) {
        return assertThatThrownBy(() -> resolve(specifier)).isInstanceOf(ModuleResolutionException.class)
                .satisfies(e -> assertThat(Tree.code(e)).isEqualTo(code));
    }

    @Test
    void relativeSpecifierNamesTheExactFile() {
        t.file("app/x.mjs");
        assertThat(resolve("./x.mjs")).isEqualTo(t.path("app/x.mjs"));
    }

    @Test
    void noExtensionIsGuessedAndCommonJsResolutionGivesTheHint() {
        t.file("app/x.js");
        error("./x", "ERR_MODULE_NOT_FOUND").hasMessage("Cannot find module '" + t.path("app/x") + "' imported from "
                + t.path("app/main.mjs") + "\nDid you mean to import \"./x.js\"?");
    }

    @Test
    void percentEscapesAreDecoded() {
        t.file("app/a b.mjs");
        assertThat(resolve("./a%20b.mjs")).isEqualTo(t.path("app/a b.mjs"));
    }

    @Test
    void encodedSlashIsRefused() {
        error("./a%2Fb.mjs", "ERR_INVALID_MODULE_SPECIFIER")
                .hasMessageStartingWith("Invalid module \"" + t.path("app/a%2Fb.mjs") + "\" must not include encoded");
    }

    @Test
    void directoryIsRefusedWithTheIndexHint() {
        t.file("app/dir/index.js");
        error("./dir", "ERR_UNSUPPORTED_DIR_IMPORT").hasMessage("Directory import '" + t.path("app/dir")
                + "' is not supported resolving ES modules imported from " + t.path("app/main.mjs")
                + "\nDid you mean to import \"./dir/index.js\"?");
    }

    @Test
    void fileUrlIsResolved() {
        t.file("app/x.mjs");
        assertThat(resolve("file://" + t.path("app/x.mjs"))).isEqualTo(t.path("app/x.mjs"));
    }

    @Test
    void builtinsComeBackAsNodeUrls() {
        assertThat(resolve("fs")).isEqualTo("node:fs");
        assertThat(resolve("node:path")).isEqualTo("node:path");
    }

    @Test
    void otherSchemesAreRefused() {
        error("https://example.com/x.js", "ERR_UNSUPPORTED_ESM_URL_SCHEME").hasMessageEndingWith(
                "Received protocol 'https:'");
    }

    @Test
    void packageExportsUseTheImportCondition() {
        t.pkg("app/node_modules/dual", "{'name':'dual','exports':{'import':'./e.mjs','require':'./c.cjs'}}");
        t.file("app/node_modules/dual/e.mjs", "app/node_modules/dual/c.cjs");
        assertThat(resolve("dual")).isEqualTo(t.path("app/node_modules/dual/e.mjs"));
    }

    @Test
    void missingPackageIsNamed() {
        error("nope", "ERR_MODULE_NOT_FOUND").hasMessage("Cannot find package 'nope' imported from "
                + t.path("app/main.mjs"));
    }

    @Test
    void packageWithoutExportsUsesMainButSubpathsAreExact() {
        t.pkg("app/node_modules/old", "{'name':'old','main':'lib/index'}");
        t.file("app/node_modules/old/lib/index.js", "app/node_modules/old/lib/deep.js");
        assertThat(resolve("old")).isEqualTo(t.path("app/node_modules/old/lib/index.js"));
        error("old/lib/deep", "ERR_MODULE_NOT_FOUND").hasMessageEndingWith("Did you mean to import \"old/lib/deep.js\"?");
    }

    @Test
    void importsMapOfTheImportersPackage() {
        t.pkg("app", "{'name':'app','imports':{'#util':'./util.mjs'}}");
        t.file("app/util.mjs");
        assertThat(resolve("#util")).isEqualTo(t.path("app/util.mjs"));
        error("#other", "ERR_PACKAGE_IMPORT_NOT_DEFINED");
    }

    @Test
    void withoutAnImporterResolutionStartsInTheCurrentDirectory() {
        assertThat(t.resolver.resolveEsm("file://" + t.path("app/main.mjs"), null, IMPORT))
                .isEqualTo(t.path("app/main.mjs"));
    }

    @Test
    void formatsFollowExtensionAndPackageType() {
        t.file("app/a.mjs", "app/b.cjs", "app/c.json", "app/d.js", "app/e.txt");
        assertThat(t.resolver.esmFormat(t.path("app/a.mjs"))).isEqualTo("module");
        assertThat(t.resolver.esmFormat(t.path("app/b.cjs"))).isEqualTo("commonjs");
        assertThat(t.resolver.esmFormat(t.path("app/c.json"))).isEqualTo("json");
        assertThat(t.resolver.esmFormat(t.path("app/d.js"))).isEqualTo("commonjs-typeless");
        t.pkg("mod", "{'type':'module'}");
        t.file("mod/f.js");
        assertThat(t.resolver.esmFormat(t.path("mod/f.js"))).isEqualTo("module");
        assertThatThrownBy(() -> t.resolver.esmFormat(t.path("app/e.txt")))
                .hasMessage("Unknown file extension \".txt\" for " + t.path("app/e.txt"));
    }

    @Test
    void wasmByExtensionOrByMagicNumberWhenExtensionless() {
        String wasm = "\0asm\1\0\0\0";
        t.write("app/m.wasm", "not even wasm").write("app/noext", wasm).write("app/noext-js", "export {};");
        assertThat(t.resolver.esmFormat(t.path("app/m.wasm"))).isEqualTo("wasm");
        assertThat(t.resolver.esmFormat(t.path("app/noext"))).isEqualTo("wasm");
        assertThat(t.resolver.esmFormat(t.path("app/noext-js"))).isEqualTo("commonjs-typeless");
        t.pkg("mod", "{'type':'module'}").write("mod/noext", wasm).write("mod/noext-js", "export {};");
        assertThat(t.resolver.esmFormat(t.path("mod/noext"))).isEqualTo("wasm");
        assertThat(t.resolver.esmFormat(t.path("mod/noext-js"))).isEqualTo("module");
        // A "commonjs" package keeps its extensionless files CommonJS, as Node does.
        t.pkg("cjs", "{'type':'commonjs'}").write("cjs/noext", wasm);
        assertThat(t.resolver.esmFormat(t.path("cjs/noext"))).isEqualTo("commonjs");
    }
}
