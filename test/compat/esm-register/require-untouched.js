// Asynchronous hooks customize import, but not a require() function made by createRequire: that one loads the
// file as it is on disk. A CommonJS file comes to the load hook without its source; one the hook gives is used.
import { register, createRequire } from 'node:module';

register('./fixtures/rewrite-hooks.js', import.meta.url);
const require = createRequire(import.meta.url);
console.log('require:', require('./fixtures/rewrite/required.cjs'));
console.log('import esm:', (await import('./fixtures/rewrite/module.js')).default);
console.log('import cjs:', (await import('./fixtures/rewrite/plain.cjs')).default);
console.log('import cjs, source given:', (await import('./fixtures/rewrite/given.cjs')).default);
console.log('import json:', (await import('./fixtures/rewrite/data.json', { with: { type: 'json' } })).default.word);
