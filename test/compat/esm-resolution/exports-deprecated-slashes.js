// Exports targets and matches with empty segments (doubled, leading or trailing slashes) still resolve, with
// Node's DEP0166 each time (naming the importer for import, not for require); a pattern matched by a subpath
// ending in "/" gives DEP0155 once.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
process.on('warning', (w) => console.log(w.code, w.message.replaceAll(`${import.meta.dirname}/`, '')));
console.log(require('exp-slashes/double'), require('exp-slashes/sub//x.js'), require('exp-slashes/pat/y'));
console.log(require('exp-slashes/dir/'), require('exp-slashes/dir/'));
console.log('import', (await import('exp-slashes/double')).default);
