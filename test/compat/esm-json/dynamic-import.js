// import() with { with: { type: 'json' } }.
const ns = await import('./fixtures/array.json', { with: { type: 'json' } });
const scalar = await import('./fixtures/scalar.json', { with: { type: 'json' } });
console.log(ns.default, scalar.default);
