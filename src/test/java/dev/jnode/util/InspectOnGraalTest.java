package dev.jnode.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** lib/internal/util/inspect.js run on GraalJS with UtilBinding, for what only the engine hooks can show. */
class InspectOnGraalTest {
    private Context context;

    @BeforeEach
    void load() throws IOException {
        context = Context.newBuilder("js").allowExperimentalOptions(true)
                .option("js.ecmascript-version", "staging")
                .allowHostAccess(HostAccess.newBuilder(HostAccess.EXPLICIT).allowArrayAccess(true).build())
                .build();
        context.enter();
        String text;
        try (InputStream in = getClass().getResourceAsStream("/jnode/lib/internal/util/inspect.js")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Value fn = context.eval(Source.newBuilder("js",
                "(function (exports, require, module, internalBinding, process) {" + text + "\n})",
                "node:internal/util/inspect").build());
        context.getBindings("js").putMember("utilBinding", new UtilBinding());
        Value module = context.eval("js", "({ exports: {} })");
        fn.execute(module.getMember("exports"), null, module, context.eval("js", "() => utilBinding"), null);
        context.getBindings("js").putMember("util", module.getMember("exports"));
    }

    @AfterEach
    void close() {
        context.leave();
        context.close();
    }

    private String inspect(String expression) {
        return context.eval("js", "util.inspect(" + expression + ")").asString();
    }

    @Test
    void promisesShowStateAndResult() {
        assertThat(inspect("Promise.resolve(42)")).isEqualTo("Promise { 42 }");
        assertThat(inspect("Promise.resolve()")).isEqualTo("Promise { undefined }");
        assertThat(inspect("new Promise(() => {})")).isEqualTo("Promise { <pending> }");
        assertThat(context.eval("js", "const p = Promise.reject(3); p.catch(() => {}); util.inspect(p)").asString())
                .isEqualTo("Promise { <rejected> 3 }");
    }

    @Test
    void proxiesShowTargetWithoutRunningTraps() {
        assertThat(inspect("new Proxy({ a: 1 }, { get() { throw new Error('trap'); } })")).isEqualTo("{ a: 1 }");
        assertThat(context.eval("js", "util.inspect(new Proxy({ a: 1 }, {}), { showProxy: true })").asString())
                .isEqualTo("Proxy [ { a: 1 }, {} ]");
    }

    @Test
    void argumentsAndBoxedPrimitives() {
        assertThat(inspect("(function () { return arguments; })(1, 2)")).isEqualTo("[Arguments] { '0': 1, '1': 2 }");
        assertThat(inspect("new String('ab')")).isEqualTo("[String: 'ab']");
    }

    @Test
    void formatPlaceholders() {
        assertThat(context.eval("js", "util.format('%s %d %i %j %%', 'a', 1.5, 2.5, { j: 1 })").asString())
                .isEqualTo("a 1.5 2 {\"j\":1} %");
    }
}
