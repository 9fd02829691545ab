// "exports" as a string: the package root maps to it and every subpath is closed.
import { show } from './fixtures/show.js';
await show('exp-string', () => import('exp-string'));
await show('exp-string/other.js', () => import('exp-string/other.js'));
await show('exp-string/main.js', () => import('exp-string/main.js'));
await show('exp-string/package.json', () => import('exp-string/package.json', { with: { type: 'json' } }));
