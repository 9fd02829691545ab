// Files with no package "type": module syntax makes them ES modules (no warning without a package.json).
console.log(require('./fixtures/typeless-esm.js').typeless);
console.log(require('./fixtures/typeless-cjs.js'));
import('./fixtures/typeless-esm.js').then((ns) => console.log('imported:', ns.typeless));
