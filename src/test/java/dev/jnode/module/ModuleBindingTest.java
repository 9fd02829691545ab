package dev.jnode.module;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnode.engine.ErrorsBinding;
import java.nio.file.Path;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The binding as JavaScript calls it: arrays in, a filename or null out, coded errors thrown as JS errors. */
class ModuleBindingTest {
    @TempDir
    Path tmp;
    Tree t;
    Context context;
    Value resolve;

    @BeforeEach
    void setUp() {
        t = new Tree(tmp);
        t.file("app/main.js");
        context = Context.newBuilder("js").allowHostAccess(HostAccess.newBuilder(HostAccess.EXPLICIT)
                .allowArrayAccess(true).allowListAccess(true).build()).build();
        ErrorsBinding errors = new ErrorsBinding();
        context.getBindings("js").putMember("errors", errors);
        context.getBindings("js").putMember("binding", new ModuleBinding(errors, new ModuleFileSystem()));
        resolve = context.eval("js", """
                errors.setCodedErrorFactory((code, message) => {
                  const e = new (code.startsWith('ERR_INVALID_MODULE') ? TypeError : Error)(message);
                  e.code = code;
                  return e;
                });
                (request, parent, paths) => {
                  try {
                    return binding.resolve(request, parent, paths, ['require', 'node'], false);
                  } catch (e) {
                    return `${e.constructor.name} ${e.code}: ${e.message}`;
                  }
                }
                """);
    }

    @AfterEach
    void tearDown() {
        context.close();
    }

    private Value call(String request) {
        return resolve.execute(request, t.path("app/main.js"),
                context.eval("js", "(a) => [a]").execute(t.path("node_modules")));
    }

    @Test
    void resolveReturnsTheFilename() {
        t.pkg("node_modules/a", "{'exports':'./m.js'}").file("node_modules/a/m.js");
        assertThat(call("a").asString()).isEqualTo(t.path("node_modules/a/m.js"));
    }

    @Test
    void resolveReturnsNullWhenNotFound() {
        assertThat(call("nope").isNull()).isTrue();
    }

    @Test
    void resolveThrowsACodedJavaScriptError() {
        t.pkg("node_modules/a", "{'exports':'./m.js'}");
        assertThat(call("a/x").asString()).isEqualTo("Error ERR_PACKAGE_PATH_NOT_EXPORTED: Package subpath './x' is "
                + "not defined by \"exports\" in " + t.path("node_modules/a/package.json"));
    }

    @Test
    void packageTypeReadsTheScope() {
        t.pkg("app", "{'type':'module'}");
        Value binding = context.getBindings("js").getMember("binding");
        assertThat(binding.invokeMember("packageType", t.path("app/main.js")).asString()).isEqualTo("module");
        assertThat(binding.invokeMember("packageScope", t.path("app/main.js")).asString())
                .isEqualTo(t.path("app/package.json"));
    }
}
