// Functions crossing between the host and a context: the `this` a sloppy or strict host function gets when
// context code calls it bare or as a method, context functions called, bound and constructed by the host, classes
// extending a class of the other realm (prototype chains and instanceof on both sides), new.target, and
// Function.prototype.toString of context functions.
const vm = require('node:vm');

function sloppyThis() { return this === globalThis ? 'host global' : this === undefined ? 'undefined' : typeof this; }
function strictThis() { 'use strict'; return this === undefined ? 'undefined' : typeof this; }
class HostBase {
  constructor(tag) { this.tag = tag; }
  hello() { return `hello from ${this.tag}`; }
}
const ctx = vm.createContext({ sloppyThis, strictThis, HostBase });
console.log('bare calls', vm.runInContext('[sloppyThis(), strictThis()]', ctx));
console.log('method calls', vm.runInContext('const o = { sloppyThis, strictThis }; [o.sloppyThis(), o.strictThis()]', ctx));
console.log('context global as this', vm.runInContext('sloppyThis.call(globalThis)', ctx));

const inner = vm.runInContext(`
  function whoAmI() { return this === globalThis ? 'context global' : this === undefined ? 'undefined' : typeof this; }
  function Made(x) { this.x = x; this.target = new.target === Made; }
  class Derived extends HostBase { hello() { return super.hello() + ' (derived)'; } }
  ({ whoAmI, Made, Derived })
`, ctx);
console.log('context function from host', inner.whoAmI(), inner.whoAmI.call(undefined), inner.whoAmI.call(5),
  inner.whoAmI.bind({})());
const made = new inner.Made(3);
console.log('constructed by host', made.x, made.target, made instanceof inner.Made, made instanceof Object,
  Object.getPrototypeOf(Object.getPrototypeOf(made)) === vm.runInContext('Object.prototype', ctx));
const d = new inner.Derived('ctx');
console.log('class across', d.hello(), d instanceof HostBase, d instanceof inner.Derived, d.constructor.name);
class HostDerived extends inner.Made {
  constructor() { super(7); }
}
const hd = new HostDerived();
console.log('host extends context', hd.x, hd.target, hd instanceof inner.Made, vm.runInContext('(v) => v instanceof Made', ctx)(hd));
console.log('toString', inner.whoAmI.toString().split('\n')[0], vm.runInContext('Math.max', ctx).toString());
console.log('names and lengths', inner.Made.name, inner.Made.length, vm.runInContext('(function () {}).bind()', ctx).name);
