// The navigator global: an accessor without a setter, the Navigator class (not constructible), its getters
// with their brand checks, inspect output, and what Node 24 answers on this platform.
const d = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
console.log(typeof d.get, d.get.name, d.set, d.enumerable, d.configurable);
console.log(navigator.userAgent, navigator.platform, navigator.language, navigator.languages);
console.log(navigator.hardwareConcurrency === require('os').availableParallelism());
console.log(navigator === navigator, navigator instanceof Navigator, navigator.languages === navigator.languages, Object.isFrozen(navigator.languages));
console.log(Object.getOwnPropertyNames(Navigator.prototype), Object.keys(navigator), String(navigator));
console.log(require('util').inspect(navigator), require('util').inspect(navigator, { showHidden: true }));
try { new Navigator(); } catch (e) { console.log(e.name, e.code, e.message); }
for (const name of ['language', 'userAgent', 'platform', 'hardwareConcurrency']) {
  try { Object.getOwnPropertyDescriptor(Navigator.prototype, name).get.call({}); console.log('no throw', name); } catch (e) { console.log(name, e.name); }
}
navigator = 5;
console.log(typeof navigator, Object.keys(globalThis).includes('navigator'));
