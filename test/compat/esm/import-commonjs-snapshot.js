// Named exports of CommonJS are taken once, after it runs; the default export is the live object.
import counterModule, { counter, bump } from './fixtures/cjs/counter.cjs';
import './fixtures/cjs/side.cjs';
import side from './fixtures/cjs/side.cjs';
import { createRequire } from 'node:module';

bump();
console.log(counter, counterModule.counter);
const require = createRequire(import.meta.url);
console.log(require('./fixtures/cjs/side.cjs') === side, side.ran);
const again = await import('./fixtures/cjs/counter.cjs');
console.log(again.default === counterModule, again.counter);
