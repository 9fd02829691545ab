// A resolve hook can send a specifier to another URL.
import { registerHooks } from 'node:module';
registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'alias:target') return nextResolve('./fixtures/other.js', context);
    return nextResolve(specifier, context);
  },
});
console.log((await import('alias:target')).id, (await import('./fixtures/target.js')).id);
