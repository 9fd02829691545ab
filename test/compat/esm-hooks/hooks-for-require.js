// The same hooks run for require() from ES modules (createRequire) and CommonJS.
import { registerHooks, createRequire } from 'node:module';
const seen = [];
registerHooks({
  resolve(specifier, context, next) {
    seen.push([specifier, context.conditions.includes('require') ? 'require' : 'import']);
    return next(specifier, context);
  },
});
const require = createRequire(import.meta.url);
console.log(require('./fixtures/cjs.cjs').id);
console.log(seen);
