// One context seen through several APIs: top-level let/const/class from runInContext are visible to later Scripts,
// to compileFunction with that parsingContext and to eval inside, functions made inside close over the context's
// bindings (changed later from outside), and runInNewContext never sees them.
const vm = require('node:vm');

const context = vm.createContext({ visible: 'sandbox' });
vm.runInContext('let counter = 0; const LIMIT = 3; class Box { constructor(v) { this.v = v } }', context);
console.log('Script sees lexicals:', new vm.Script('counter += 1; [counter, LIMIT, typeof Box]').runInContext(context));
const fn = vm.compileFunction('counter += 10; return [counter, LIMIT, new Box(visible).v]', [], { parsingContext: context });
console.log('compileFunction sees lexicals:', fn(), fn());
console.log('indirect eval inside:', vm.runInContext('(0, eval)("counter + LIMIT")', context));
console.log('new Function inside:', vm.runInContext('new Function("return typeof Box + counter")()', context));
console.log('not on the sandbox:', Object.keys(context), 'counter' in context);

// A closure made inside keeps reading the live binding.
const read = vm.runInContext('() => counter', context);
const bump = vm.runInContext('(by) => { counter += by; return counter }', context);
console.log('closure:', read(), bump(100), read());
vm.runInContext('counter = -1', context);
console.log('after reassignment:', read());

// A later top-level var with the same name as a lexical one is refused; a lexical with a sandbox's name shadows it.
try {
  vm.runInContext('var counter = 5', context);
} catch (err) {
  console.log('var over let:', err.name);
}
vm.runInContext('const visible = "lexical"', context);
console.log('shadowed sandbox property:', vm.runInContext('visible', context), context.visible,
  vm.runInContext('globalThis.visible', context), fn()[2]);

// The same code in a new context does not see any of it.
console.log('new context:', vm.runInNewContext('typeof counter + " " + typeof LIMIT + " " + typeof Box'));
// A Script compiled once runs against whichever context's bindings.
const other = vm.createContext({});
vm.runInContext('let counter = 1000', other);
const probe = new vm.Script('typeof counter === "undefined" ? "none" : counter');
console.log('one script, three contexts:', probe.runInContext(context), probe.runInContext(other), probe.runInNewContext());
