// A getter export is read once, when the CommonJS module finishes; the named import does not follow it.
import { counter, bump } from './fixtures/getter-live.cjs';
import cjs from './fixtures/getter-live.cjs';
bump();
console.log(counter, cjs.counter);
