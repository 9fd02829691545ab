// Builtins go through the hooks too, with the node: URL and the "builtin" format.
import { registerHooks } from 'node:module';
const seen = [];
registerHooks({
  resolve(specifier, context, next) {
    const r = next(specifier, context);
    if (specifier.includes('path')) seen.push(['resolve', specifier, r.url, r.format]);
    return r;
  },
  load(url, context, next) {
    const r = next(url, context);
    if (url.includes('path')) seen.push(['load', url, r.format, r.source]);
    return r;
  },
});
await import('node:path');
await import('path/posix');
console.log(seen);
