// module.registerHooks: argument checks and what hooks must return.
import { registerHooks, createRequire } from 'node:module';

const require = createRequire(import.meta.url);
for (const bad of [{ resolve: 1 }, { load: 'x' }]) {
  try {
    registerHooks(bad);
  } catch (err) {
    console.log(err.code, err.message);
  }
}
const attempts = [
  { resolve: () => ({ url: 'file:///x' }) },
  { resolve: () => 5 },
  { resolve: () => ({ url: 5, shortCircuit: true }) },
  { resolve: (s, c, next) => { next(s); return 7; } },
];
for (const hooks of attempts) {
  const handle = registerHooks(hooks);
  try {
    require('./fixtures/cjs/string.cjs');
    console.log('loaded');
  } catch (err) {
    console.log(err.code, err.message);
  }
  handle.deregister();
}
const transform = registerHooks({
  load(url, context, nextLoad) {
    const result = nextLoad(url, context);
    if (!url.endsWith('klass.cjs')) return result;
    return { ...result, source: 'module.exports = "replaced by a load hook";' };
  },
});
console.log(require('./fixtures/cjs/klass.cjs'));
transform.deregister();
