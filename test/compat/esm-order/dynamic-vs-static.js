// import() starts asynchronously: code after it runs first; a second import() of the same module is the same promise result.
globalThis.order = [];
const p1 = import('./fixtures/dyn-static.js');
globalThis.order.push('after import() call');
const p2 = import('./fixtures/dyn-static.js');
const [n1, n2] = await Promise.all([p1, p2]);
console.log(globalThis.order.join(' > '), n1 === n2);
