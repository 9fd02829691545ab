// Nested conditions: "node" then "import" is taken by import; "browser" is ignored.
import { show } from './fixtures/show.js';
await show('exp-conds', () => import('exp-conds'));
await show('exp-conds/types', () => import('exp-conds/types'));
