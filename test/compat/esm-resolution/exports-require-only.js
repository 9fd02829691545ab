// A subpath with only a "require" condition has no target for import.
import { show } from './fixtures/show.js';
await show('exp-conds/require-only', () => import('exp-conds/require-only'));
