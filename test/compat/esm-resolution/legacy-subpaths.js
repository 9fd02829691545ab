// Without "exports", subpaths are plain files: exact names only, no extension guessing.
import { show } from './fixtures/show.js';
await show('no-main/sub.js', () => import('no-main/sub.js'));
await show('no-main/sub', () => import('no-main/sub'));
await show('main-only/lib/main.js', () => import('main-only/lib/main.js'));
await show('main-dir/lib', () => import('main-dir/lib'));
