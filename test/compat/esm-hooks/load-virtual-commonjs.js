// resolve and load hooks can make up a CommonJS module that is not on disk.
import { registerHooks } from 'node:module';
registerHooks({
  resolve(specifier, context, next) {
    if (specifier === 'virtual-cjs') return { url: 'file:///virtual/thing.cjs', format: 'commonjs', shortCircuit: true };
    return next(specifier, context);
  },
  load(url, context, next) {
    if (url === 'file:///virtual/thing.cjs') {
      return { format: 'commonjs', source: 'module.exports = { made: "up", n: 42 };', shortCircuit: true };
    }
    return next(url, context);
  },
});
const ns = await import('virtual-cjs');
console.log(ns.default);
