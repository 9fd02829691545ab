package dev.jnode.vm;

import static org.assertj.core.api.Assertions.assertThat;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContextifyBindingTest {
    private Context context;

    @BeforeEach
    void enter() {
        context = Context.newBuilder("js")
                .allowHostAccess(HostAccess.newBuilder(HostAccess.EXPLICIT).allowArrayAccess(true).build())
                .build();
        context.enter();
        context.getBindings("js").putMember("vm", new ContextifyBinding());
        // What lib/vm.js does with a thrown answer.
        js("function run(script, realm, timeout = 0) { const r = vm.run(script, realm, timeout, 'timed out');"
                + " if (r === vm.threw) throw vm.takeError(); return r; }");
    }

    @AfterEach
    void leave() {
        context.leave();
        context.close();
    }

    private Value js(String code) {
        return context.eval("js", code);
    }

    @Test
    void aRealmHasItsOwnBuiltinsAndGlobal() {
        Value result = js("const realm = vm.createRealm(); const arr = run(vm.compile('var made = [1]; made', 'a.js', 0, 0), realm);"
                + "[arr instanceof Array, Array.isArray(arr), realm.global().made === arr, typeof made, realm.global() === globalThis].map(String).join(' ')");
        assertThat(result.toString()).isEqualTo("false true true undefined false");
    }

    @Test
    void aScriptRunsInAnyRealmAndInTheCurrentOne() {
        Value result = js("const s = vm.compile('typeof counter === \"number\" ? ++counter : (counter = 1)', 'c.js', 0, 0);"
                + "const r1 = vm.createRealm(), r2 = vm.createRealm();"
                + "[run(s, r1), run(s, r1), run(s, r2), run(s, null), globalThis.counter].map(String).join(' ')");
        assertThat(result.toString()).isEqualTo("1 2 1 1 1");
    }

    @Test
    void thrownValuesComeBackWithTheThrowSite() {
        Value result = js("const r = vm.run(vm.compile('\\n  throw new TypeError(\"boom\")', 'err.js', 0, 0), null, 0, null);"
                + "const e = vm.takeError(); [r === vm.threw, e instanceof TypeError, e.message, vm.takeArrow()]");
        assertThat(result.getArrayElement(0).asBoolean()).isTrue();
        assertThat(result.getArrayElement(1).asBoolean()).isTrue();
        assertThat(result.getArrayElement(2).asString()).isEqualTo("boom");
        assertThat(result.getArrayElement(3).asString()).isEqualTo("err.js:2\n  throw new TypeError(\"boom\")\n  ^\n");
        Value primitive = js("vm.run(vm.compile('throw 42', 'p.js', 0, 0), null, 0, null) === vm.threw && vm.takeError()");
        assertThat(primitive.asInt()).isEqualTo(42);
    }

    @Test
    void offsetsMoveTheCodeAndTheArrowShowsTheLineAsWritten() {
        Value stack = js("vm.run(vm.compile(' throw new Error(\"x\")', 'o.js', 3, 10), null, 0, null);"
                + "vm.takeError().stack.split('\\n')[1].trim()");
        assertThat(stack.asString()).isEqualTo("at o.js:4:18");
        js("vm.run(vm.compile(' throw new Error(\"x\")', 'o.js', 3, 10), null, 0, null); vm.takeError()");
        assertThat(js("vm.takeArrow()").asString()).isEqualTo("o.js:4\n throw new Error(\"x\")\n ^\n");
    }

    @Test
    void aSyntaxErrorIsAnsweredNotThrown() {
        Value result = js("const c = vm.compile('var = 1', 's.js', 0, 0); [c === vm.threw, vm.takeError() instanceof SyntaxError].join(' ')");
        assertThat(result.toString()).isEqualTo("true true");
    }

    @Test
    void aTimeoutStopsTheRunThroughCatchAndFinallyBlocks() {
        Value result = js("globalThis.log = [];"
                + "const s = vm.compile('try { for (;;) { try { for (;;) {} } catch (e) { log.push(\"caught\") } } } finally { log.push(\"finally\") }', 't.js', 0, 0);"
                + "let error; try { run(s, null, 50); } catch (e) { error = e; } [error, log.join()].join(' ')");
        assertThat(result.toString()).isEqualTo("timed out ");
        // The next run is not interrupted by a late watchdog.
        assertThat(js("let n = 0; for (let i = 0; i < 2e6; i++) n += i & 1; run(vm.compile('1 + 1', 'x.js', 0, 0), null, 1000)").asInt())
                .isEqualTo(2);
    }

    @Test
    void compileFunctionUsesTheRealmAndTheExtensions() {
        Value result = js("const realm = vm.createRealm();"
                + "const f = vm.compileFunction('return [a, b, c, []]', 'f.js', 0, 0, 'a', realm, [{ b: 'outer', c: 'c' }, { b: 'inner' }]);"
                + "const r = f('arg'); [r[0], r[1], r[2], r[3] instanceof Array, Array.isArray(r[3])].join(' ')");
        assertThat(result.toString()).isEqualTo("arg inner c false true");
    }

    @Test
    void theGlobalProxyIsTheRealmsGlobalAndIsKnownAsOne() {
        Value result = js("const realm = vm.createRealm(); const sandbox = { x: 1 };"
                + "const handler = { get: (t, k, r) => k in sandbox ? sandbox[k] : Reflect.get(t, k, r), has: (t, k) => k in sandbox || k in t };"
                + "const proxy = realm.contextify(handler);"
                + "[run(vm.compile('x + 1', 'g.js', 0, 0), realm), realm.global() === proxy, run(vm.compile('this', 'g.js', 0, 0), realm) === proxy].join(' ')");
        assertThat(result.toString()).isEqualTo("2 true true");
        Value proxy = js("realm.global()");
        assertThat(ContextifyBinding.isGlobalProxy(dev.jnode.engine.GuestObjects.unwrap(proxy))).isTrue();
    }
}
