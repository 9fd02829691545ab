// module.registerHooks: resolve and load hooks for import and require, their contexts and defaults.
import { registerHooks, createRequire } from 'node:module';
const calls = [];
const h = registerHooks({
  resolve(specifier, context, nextResolve) {
    calls.push(['resolve', specifier, Object.keys(context), context.conditions, typeof context.parentURL]);
    if (specifier === 'virtual:hello') return { url: 'virtual:hello', shortCircuit: true };
    const r = nextResolve(specifier, context);
    calls.push(['resolved', Object.keys(r), r.format]);
    return r;
  },
  load(url, context, nextLoad) {
    calls.push(['load', url.replace(/.*\//, ''), Object.keys(context), context.format]);
    if (url === 'virtual:hello') return { format: 'module', source: 'export default "hi from virtual"', shortCircuit: true };
    const r = nextLoad(url, context);
    calls.push(['loaded', Object.keys(r), r.format, typeof r.source, r.source?.constructor?.name]);
    if (url.endsWith('forms.js')) return { ...r, source: String(r.source).replace("'c'", "'hooked'") };
    return r;
  },
});
const v = await import('virtual:hello');
const x = await import('./fixtures/forms.js');
const c = await import('./fixtures/cjs/named.cjs');
const require = createRequire(import.meta.url);
const r = require('./fixtures/cjs/counter.cjs').counter;
console.log(v.default, x.constant, c.a, r);
console.log(JSON.stringify(calls, null, 0).split('],[').join('],\n['));
h.deregister();
console.log(Object.keys(h));
