// var bindings are live; const objects are shared (mutation shows); class bindings are live too.
import { v, c, K, setAll } from './fixtures/var-exports.js';
console.log(v, c.n, K.tag);
setAll();
console.log(v, c.n, K.tag);
