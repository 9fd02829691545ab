// Named exports of a CommonJS module are taken when it finishes running; the default export is the live object.
import cjs, { value } from './fixtures/late-cjs.cjs';
import * as ns from './fixtures/late-cjs.cjs';
await new Promise((r) => setTimeout(r, 10));
console.log(value, ns.value, cjs.value, cjs.added, 'added' in ns);
