// After deregister() a hook no longer runs.
import { registerHooks } from 'node:module';
const hooks = registerHooks({
  load(url, context, next) {
    const result = next(url, context);
    if (url.endsWith('target.js')) return { ...result, source: "export const id = 'rewritten';" };
    return result;
  },
});
hooks.deregister();
console.log((await import('./fixtures/target.js')).id);
