// Without "exports", "main" is used, with CommonJS-style extension and index guessing for the main only.
import { show } from './fixtures/show.js';
await show('main-only', () => import('main-only'));
await show('main-dir', () => import('main-dir'));
await show('no-main', () => import('no-main'));
await show('bad-main', () => import('bad-main'));
await show('empty-pkg', () => import('empty-pkg'));
