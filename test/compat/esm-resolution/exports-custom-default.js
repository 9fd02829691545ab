// Without --conditions, a user condition is skipped and "default" is taken.
import { show } from './fixtures/show.js';
await show('exp-conds/custom', () => import('exp-conds/custom'));
