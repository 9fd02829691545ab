// export-from declarations count as imports, in source order with plain imports.
globalThis.order = [];
const { c, d } = await import('./fixtures/reexp.js');
console.log(globalThis.order.join(' > '), c, d);
