// vm.Script: compile once, run in many contexts.
const vm = require('node:vm');

const script = new vm.Script('count += 1; name = "kitty" + count;', { filename: 'counter.js' });
const contexts = [{ count: 0 }, { count: 10 }, { count: 100 }].map((c) => vm.createContext(c));
for (let i = 0; i < 3; i++) for (const c of contexts) script.runInContext(c);
console.log(contexts);

console.log(new vm.Script('this.made = 1; typeof made').runInNewContext({}));
globalThis.shared = 5;
console.log(new vm.Script('shared * 2').runInThisContext());
console.log(vm.runInThisContext('var leaked = "yes"; leaked'), globalThis.leaked);
console.log(vm.createScript('1 + 1') instanceof vm.Script);
console.log(Object.keys(script), script.sourceMapURL);
console.log(new vm.Script('x\n//# sourceMappingURL=out.js.map').sourceMapURL);
console.log(typeof vm.Script, vm.Script.name, vm.Script.length);
console.log(Object.getOwnPropertyNames(vm.Script.prototype));
console.log(Object.keys(vm).sort());
console.log(vm.constants);

// The completion value of the script is returned.
console.log(vm.runInNewContext('if (true) { "then" } else { "else" }'));
console.log(vm.runInNewContext('for (var i = 0; i < 3; i++) i * 10'));
console.log(vm.runInNewContext('var unused = 1'));
console.log(vm.runInNewContext('({ a: 1 })'), vm.runInNewContext('{ a: 1 }'));

// Cached data: produced for a script, accepted for the same source.
const producer = new vm.Script('1 + 2', { produceCachedData: true });
console.log(producer.cachedDataProduced, Buffer.isBuffer(producer.cachedData));
const consumer = new vm.Script('1 + 2', { cachedData: producer.cachedData });
console.log(consumer.cachedDataRejected, consumer.runInThisContext());
console.log(Buffer.isBuffer(new vm.Script('3').createCachedData()));
