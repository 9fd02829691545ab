// Scoped package names take two path segments before the subpath.
import { show } from './fixtures/show.js';
await show('@scope/pkg', () => import('@scope/pkg'));
await show('@scope/pkg/sub', () => import('@scope/pkg/sub'));
await show('@scope/pkg/index.js', () => import('@scope/pkg/index.js'));
await show('@scope/missing', () => import('@scope/missing'));
await show('@scope', () => import('@scope'));
