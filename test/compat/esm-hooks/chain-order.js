// Hooks registered later run first; each reaches the earlier ones through next.
import { registerHooks } from 'node:module';
const log = [];
for (const name of ['first', 'second', 'third']) {
  registerHooks({
    resolve(specifier, context, next) {
      if (specifier.endsWith('target.js')) log.push(`${name} resolve`);
      return next(specifier, context);
    },
  });
}
await import('./fixtures/target.js');
console.log(log);
