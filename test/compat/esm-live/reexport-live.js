// Re-exported bindings (star and named) are the same live variable.
import { count, renamed, increment } from './fixtures/reexporter.js';
import * as direct from './fixtures/counter.js';
direct.reset();
increment();
console.log(count, renamed, direct.count);
