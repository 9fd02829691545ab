// TypeScript files load as Node 24 loads them: .ts by package type or syntax, .mts as ESM, .cts as CommonJS.
const plain = require('./fixtures/plain.ts');
console.log(plain.moved, plain.default(plain.moved));
console.log(require('./fixtures/script.ts'));
console.log(require('./fixtures/helpers.cts').greet('cjs'), require('./fixtures/helpers.cts').kind);
console.log(require('./fixtures/esm.mts'));
(async () => {
  const typed = await import('./fixtures/typed-module/mod.ts');
  console.log('typed module', typed.typed);
  const mts = await import('./fixtures/esm.mts');
  console.log('mts via import', mts.fromMts, mts.meta);
})();
