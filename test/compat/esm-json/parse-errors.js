// A JSON module that does not parse: Node's SyntaxError names the file (or the data: URL) before V8's message,
// for import() and for require() of the same file.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const show = (err) => console.log(err.name, err.message.replace(here, '<dir>'));
await import('./fixtures/broken.json', { with: { type: 'json' } }).catch(show);
await import('data:application/json,{"a":', { with: { type: 'json' } }).catch(show);
await import('data:application/json;foo="test,",0', { with: { type: 'json' } }).catch(show);
try {
  createRequire(import.meta.url)('./fixtures/broken.json');
} catch (err) {
  show(err);
}
