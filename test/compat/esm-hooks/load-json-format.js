// A load hook can serve JSON source for a virtual URL.
import { registerHooks } from 'node:module';
registerHooks({
  resolve(specifier, context, next) {
    if (specifier === 'virtual:config') return { url: 'file:///virtual/config.json', shortCircuit: true };
    return next(specifier, context);
  },
  load(url, context, next) {
    if (url === 'file:///virtual/config.json') return { format: 'json', source: '{"debug":true}', shortCircuit: true };
    return next(url, context);
  },
});
const ns = await import('virtual:config', { with: { type: 'json' } });
console.log(ns.default);
