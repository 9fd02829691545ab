// A load hook changing the source of a file module.
import { registerHooks } from 'node:module';
registerHooks({
  load(url, context, next) {
    const r = next(url, context);
    if (url.endsWith('/target.js')) return { ...r, source: String(r.source).replace("'target'", "'rewritten'") };
    return r;
  },
});
console.log((await import('./fixtures/target.js')).id);
