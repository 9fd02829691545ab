// node_modules is searched from the importer's folder upwards; a nested copy shadows the top one.
import { show } from './fixtures/show.js';
await show('nested-outer', () => import('nested-outer'));
await show('nested-inner', () => import('nested-inner'));
await show('deep importer', () => import('./fixtures/deep/nested/importer.js').then((ns) => ({ id: [ns.id, ns.up] })));
