// "imports": "#name" maps to a file of the package; unmapped names are errors.
import { show } from './fixtures/show.js';
await show('#dep', () => import('#dep'));
await show('#cond', () => import('#cond'));
await show('#missing', () => import('#missing'));
await show('#', () => import('#'));
await show('#/x', () => import('#/x'));
