package dev.jnode.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** enterWith's mechanism: a context captured inside AsyncContext.Variable.run, made current after it. */
class AsyncContextBindingTest {
    private Context context;

    @BeforeEach
    void open() {
        context = Context.newBuilder("js").allowExperimentalOptions(true)
                .option("js.async-context", "true")
                .allowHostAccess(HostAccess.EXPLICIT)
                .build();
        context.enter();
        context.getBindings("js").putMember("binding", new AsyncContextBinding());
        context.eval("js", """
                var variable = new AsyncContext.Variable();
                function enter(value) {
                  variable.run(value, () => binding.capture());
                  binding.enterCaptured();
                }
                """);
    }

    @AfterEach
    void close() {
        context.leave();
        context.close();
    }

    private String eval(String code) {
        return context.eval("js", code).toString();
    }

    @Test
    void enteredValueStaysUntilTheEnclosingRunEnds() {
        assertThat(eval("variable.run('outer', () => { enter('entered'); return variable.get(); })"))
                .isEqualTo("entered");
        assertThat(eval("String(variable.get())")).isEqualTo("undefined");
    }

    @Test
    void promiseReactionsCreatedAfterEnteringSeeTheValue() {
        eval("var seen = []; enter('a'); Promise.resolve().then(() => seen.push(variable.get())); enter('b');");
        // The microtask runs once the outermost call returns.
        assertThat(eval("seen.join()")).isEqualTo("a");
        assertThat(eval("variable.get()")).isEqualTo("b");
    }
}
