// "..", "." and repeated slashes are URL path segments.
import { show } from './fixtures/show.js';
await show('./fixtures/../fixtures/imports-dep.js', () => import('./fixtures/../fixtures/imports-dep.js'));
await show('./fixtures/./pat/one.js', () => import('./fixtures/./pat/one.js'));
await show('./fixtures//pat/one.js', () => import('./fixtures//pat/one.js'));
await show('./fixtures/deep/../../fixtures/pat/one.js', () => import('./fixtures/deep/../../fixtures/pat/one.js'));
