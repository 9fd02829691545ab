// import.meta.resolve goes through the resolve hooks, asynchronous (register) and synchronous (registerHooks),
// and still answers a URL for a file that does not exist.
import { register, registerHooks } from 'node:module';

register('./fixtures/meta-resolve-hooks.js', import.meta.url);
registerHooks({
  resolve(specifier, context, nextResolve) {
    console.log('sync resolve', specifier);
    if (specifier === 'renamed') return nextResolve('./fixtures/target.js', context);
    return nextResolve(specifier, context);
  },
});
const show = (url) => url.replace(/^file:.*\/esm-register\//, 'file:///.../');
console.log(show(import.meta.resolve('virtual:thing')));
console.log(show(import.meta.resolve('renamed')));
console.log(show(import.meta.resolve('./fixtures/missing.js')));
console.log(import.meta.resolve('node:fs'));
console.log(import.meta.resolve('data:text/javascript,0'));
