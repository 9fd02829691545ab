// import.meta.resolve of packages, subpaths, self-references, "#imports" and builtins.
import { rel } from './fixtures/rel.js';
for (const s of ['meta-dep', 'meta-dep/sub', 'esm-meta-root/x', '#plain', 'fs', 'node:fs', 'node:test', 'data:text/javascript,0']) {
  try { console.log(s, '->', rel(import.meta.resolve(s))); } catch (err) { console.log(s, '!!', err.code); }
}
