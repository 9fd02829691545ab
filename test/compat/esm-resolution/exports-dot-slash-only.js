// A package whose "exports" maps only subpaths has no main entry for import.
import { show } from './fixtures/show.js';
await show('@scope/only-sub', () => import('@scope/only-sub'));
await show('@scope/only-sub/thing', () => import('@scope/only-sub/thing'));
