// One namespace object per module, whichever way it is reached.
import * as a from './fixtures/mod.js';
const b = await import('./fixtures/mod.js');
const c = await import(new URL('./fixtures/mod.js', import.meta.url).href);
console.log(a === b, b === c);
