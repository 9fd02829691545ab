// A file with an extension Node does not know resolves without a format; a load hook may name one, and the
// default load step then reads the file as that format. Without hooks the import fails at load.
import { register } from 'node:module';

await import('./fixtures/plain.ext').catch((err) => console.log('before register:', err.code));
register('./fixtures/ext-format-hooks.js', import.meta.url);
console.log((await import('./fixtures/plain.ext')).default);
