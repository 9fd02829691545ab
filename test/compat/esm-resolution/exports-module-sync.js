// "module-sync" is one of import's conditions in Node 24 and comes before a later "import".
import { show } from './fixtures/show.js';
await show('exp-conds/sync', () => import('exp-conds/sync'));
