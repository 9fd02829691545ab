// A package's "type" decides what its .js files are, whatever the importer is.
import { show } from './fixtures/show.js';
await show('type-cjs', () => import('type-cjs').then((ns) => ({ id: ns.kind })));
await show('type-cjs/esm', () => import('type-cjs/esm').then((ns) => ({ id: ns.kind })));
