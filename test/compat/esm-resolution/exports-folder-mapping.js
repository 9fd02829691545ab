// Trailing-slash folder mappings ("./folder/") were removed: the subpath is not exported.
import { show } from './fixtures/show.js';
await show('exp-patterns/folder/exact.js', () => import('exp-patterns/folder/exact.js'));
