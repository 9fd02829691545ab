// A hook returning something that is not an object with the right fields is an error with a code.
import { registerHooks } from 'node:module';
registerHooks({
  resolve(specifier, context, next) {
    if (specifier === 'bad:url') return { url: 42 };
    return next(specifier, context);
  },
});
for (const spec of ['bad:url']) {
  try { await import(spec); } catch (err) { console.log(spec, err.code, err.name); }
}
