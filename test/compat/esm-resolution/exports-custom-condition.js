// compat-argv: ["--conditions=custom", "{case}"]
// --conditions=custom adds a condition for import, "#imports" and require alike.
import { show } from './fixtures/show.js';
import { createRequire } from 'node:module';
await show('exp-conds/custom', () => import('exp-conds/custom'));
await show('#cond', () => import('#cond'));
const require = createRequire(import.meta.url);
console.log(require.resolve('exp-conds/custom').replaceAll(process.cwd(), '<cwd>'));
