// Bare specifiers that cannot name a package.
import { show } from './fixtures/show.js';
for (const spec of ['@scope/', '.hidden', 'exp-string\\x', 'exp%ring', '']) {
  await show(JSON.stringify(spec), () => import(spec));
}
