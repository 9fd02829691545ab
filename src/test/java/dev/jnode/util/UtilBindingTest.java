package dev.jnode.util;

import static org.assertj.core.api.Assertions.assertThat;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UtilBindingTest {
    private Context context;
    private final UtilBinding binding = new UtilBinding();

    @BeforeEach
    void enter() {
        context = Context.newBuilder("js")
                .allowHostAccess(HostAccess.newBuilder(HostAccess.EXPLICIT).allowArrayAccess(true).build())
                .build();
        context.enter();
        context.getBindings("js").putMember("util", binding);
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
    void promiseStateFromDisplayString() {
        assertThat(UtilBinding.stateFromDisplay("Promise{[[PromiseStatus]]: \"pending\", [[PromiseValue]]: undefined}"))
                .isEqualTo(UtilBinding.PENDING);
        assertThat(UtilBinding.stateFromDisplay("Promise{[[PromiseStatus]]: \"resolved\", [[PromiseValue]]: 1}"))
                .isEqualTo(UtilBinding.FULFILLED);
        assertThat(UtilBinding.stateFromDisplay("Promise{[[PromiseStatus]]: \"rejected\", [[PromiseValue]]: 1}"))
                .isEqualTo(UtilBinding.REJECTED);
        assertThat(UtilBinding.stateFromDisplay("{}")).isNull();
    }

    @Test
    void fulfilledPromiseGivesStateAndResult() {
        // On the class path GraalJS's classes are in the unnamed module, so the internals are reachable.
        assertThat(binding.hasInternals()).isTrue();
        assertThat(js("const o = {a: 1}; const d = util.promiseState(Promise.resolve(o)); d[0] === 1 && d[1] === o")
                .asBoolean()).isTrue();
    }

    @Test
    void pendingAndRejectedPromises() {
        assertThat(js("const d = util.promiseState(new Promise(() => {})); d.length === 1 && d[0] === 0").asBoolean())
                .isTrue();
        assertThat(js("const p = Promise.reject(5); p.catch(() => {}); const r = util.promiseState(p); r[0] === 2 && r[1] === 5")
                .asBoolean()).isTrue();
        assertThat(js("const u = util.promiseState(Promise.resolve()); u[0] === 1 && u[1] === undefined").asBoolean())
                .isTrue();
    }

    @Test
    void nonPromiseHasNoState() {
        assertThat(js("util.promiseState({then() {}}) === null").asBoolean()).isTrue();
    }

    @Test
    void proxyDetailsWithoutRunningTraps() {
        assertThat(js("""
                const target = {a: 1};
                const handler = {get() { throw new Error('trap ran'); }};
                const d = util.proxyDetails(new Proxy(target, handler));
                d[0] === target && d[1] === handler""").asBoolean()).isTrue();
        assertThat(js("util.proxyDetails({}) === null").asBoolean()).isTrue();
    }

    @Test
    void revokedProxyHasNullTarget() {
        assertThat(js("const r = Proxy.revocable({}, {}); r.revoke(); const d = util.proxyDetails(r.proxy); d[0] === null")
                .asBoolean()).isTrue();
    }

    @Test
    void internalClassNames() {
        assertThat(js("util.className(new Map([[1, 2]]).entries())").asString()).isEqualTo("Map Iterator");
        assertThat(js("util.className(new Set().values())").asString()).isEqualTo("Set Iterator");
        assertThat(js("util.className((function () { return arguments; })())").asString()).isEqualTo("Arguments");
        assertThat(js("util.className({})").asString()).isEqualTo("Object");
        assertThat(js("util.className(new Error('x'))").asString()).isEqualTo("Error");
        assertThat(js("util.isModuleNamespace({})").asBoolean()).isFalse();
    }

    @Test
    void iteratorEntriesWithoutAdvancing() {
        assertThat(js("""
                {
                const it = new Map([[1, 'a'], [2, 'b'], [3, 'c']]).keys();
                it.next();
                const d = util.iteratorEntries(it);
                d[1] === false && d[0].length === 2 && d[0][0] === 2 && d[0][1] === 3 && it.next().value === 2}""")
                .asBoolean()).isTrue();
        assertThat(js("""
                {
                const d = util.iteratorEntries(new Map([['k', 'v']]).entries());
                d[1] === true && d[0].length === 2 && d[0][0] === 'k' && d[0][1] === 'v'}""").asBoolean()).isTrue();
        assertThat(js("""
                {
                const d = util.iteratorEntries(new Set(['x']).values());
                d[1] === false && d[0].length === 1 && d[0][0] === 'x'}""").asBoolean()).isTrue();
        assertThat(js("""
                {
                const it = new Set([1]).values(); it.next(); it.next();
                util.iteratorEntries(it)[0].length === 0}""").asBoolean()).isTrue();
        assertThat(js("util.iteratorEntries([1][Symbol.iterator]()) === null").asBoolean()).isTrue();
    }

    @Test
    void functionKindFromDefinitionNotPrototype() {
        assertThat(js("const f = async function () {}; Object.setPrototypeOf(f, Function.prototype); util.functionKind(f)")
                .asString()).isEqualTo("AsyncFunction");
        assertThat(js("util.functionKind(function* () {})").asString()).isEqualTo("GeneratorFunction");
        assertThat(js("util.functionKind(async function* () {})").asString()).isEqualTo("AsyncGeneratorFunction");
        assertThat(js("util.functionKind(() => 1)").asString()).isEqualTo("Function");
        assertThat(js("util.functionKind({})")).matches(Value::isNull);
    }
}
