// compat-argv: ["-C", "other", "-C", "custom", "{case}"]
// -C can be repeated; the package's key order decides, not the flag order.
import { show } from './fixtures/show.js';
await show('exp-conds/custom', () => import('exp-conds/custom'));
await show('#cond', () => import('#cond'));
