// import.meta.resolve of relative specifiers gives a URL, even for files that do not exist.
import { rel } from './fixtures/rel.js';
for (const s of ['./fixtures/plain.js', './fixtures/missing.js', '../esm-meta/fixtures/plain.js', './fixtures/with space.js', './fixtures/', '.']) {
  console.log(s, '->', rel(import.meta.resolve(s)));
}
