const util = require('util');
class Temp { #c = 5; get f() { return this.#c * 9 / 5 + 32; } }
console.log(util.inspect(new Temp()));
console.log(util.inspect(new Temp(), { getters: true }));
const o = {};
Object.defineProperty(o, 'ro', { get() { return 1; }, enumerable: true });
Object.defineProperty(o, 'wo', { set(v) {}, enumerable: true });
console.log(util.inspect(o, { getters: true }));
