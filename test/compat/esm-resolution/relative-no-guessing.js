// Relative specifiers get no extension or index guessing in ESM.
import { show } from './fixtures/show.js';
await show('./fixtures/imports-dep', () => import('./fixtures/imports-dep'));
await show('./fixtures/dir', () => import('./fixtures/dir'));
await show('./fixtures/dir/', () => import('./fixtures/dir/'));
await show('./fixtures/dir/index.js', () => import('./fixtures/dir/index.js'));
await show('./fixtures/noext', () => import('./fixtures/noext'));
