// A path with a space is percent-encoded in url and plain in filename.
import { rel } from './fixtures/rel.js';
import { meta } from './fixtures/with space.js';
console.log(rel(meta.url), rel(meta.filename), rel(meta.dirname));
