// Each module has one import.meta object, created on first use; modules do not share it.
import { meta } from './fixtures/plain.js';
const again = await import('./fixtures/plain.js');
console.log(meta === again.meta, meta === import.meta, import.meta === import.meta);
