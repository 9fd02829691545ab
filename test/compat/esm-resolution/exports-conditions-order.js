// Conditions are tried in the object's order, not by priority: "default" first always wins.
import { show } from './fixtures/show.js';
await show('exp-conds/order', () => import('exp-conds/order'));
