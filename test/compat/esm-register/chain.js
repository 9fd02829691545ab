// Hooks modules registered one after another chain: the last registered runs first and calls the earlier ones
// through nextResolve/nextLoad; the runtime's own resolution and loading end the chain.
import { register } from 'node:module';

register('./fixtures/tag-first.js', import.meta.url);
register('./fixtures/tag-second.js', { parentURL: import.meta.url });
const target = await import('./fixtures/target.js');
console.log(target.value, target.first, target.second);
const viaAlias = await import('alias:target');
console.log(viaAlias === target ? 'alias resolves to the same module' : 'alias gave another module');
