// A dependency's "#imports" resolve against its own package.json.
import { show } from './fixtures/show.js';
await show('pkg-imports', () => import('pkg-imports').then((ns) => ({ id: [ns.id, ns.dep, ns.ext] })));
