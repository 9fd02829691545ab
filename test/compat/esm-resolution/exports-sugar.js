// Condition keys at the top of "exports" are sugar for { ".": {...} }.
import { show } from './fixtures/show.js';
import { createRequire } from 'node:module';
await show('exp-sugar', () => import('exp-sugar'));
const require = createRequire(import.meta.url);
console.log('require:', require('exp-sugar').id);
