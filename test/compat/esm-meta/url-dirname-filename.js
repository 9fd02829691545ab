// url, dirname and filename of the entry and of an imported module.
import { rel } from './fixtures/rel.js';
import { meta } from './fixtures/plain.js';
for (const m of [import.meta, meta]) console.log(rel(m.url), rel(m.dirname), rel(m.filename));
console.log(import.meta.filename === process.argv[1], import.meta.url.startsWith('file:///'));
