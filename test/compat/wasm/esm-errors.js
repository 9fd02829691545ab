// Failing imports of .wasm files: a missing import, a reserved export name, bytes that are not wasm, and a wasm
// module imported from CommonJS with require().
import { createRequire } from 'node:module';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

async function failure(label, specifier) {
  try {
    await import(specifier);
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.constructor.name, e.code);
  }
}

await failure('missing import', './fixtures/missing-import.wasm');
try {
  await import('./fixtures/reserved-export.wasm');
} catch (e) {
  console.log(e.name, e.message.replace(import.meta.dirname, '<dir>'));
}
const dir = mkdtempSync(join(tmpdir(), 'wasm-case-'));
writeFileSync(join(dir, 'bad.wasm'), new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 9]));
await failure('not valid wasm', join(dir, 'bad.wasm'));
await failure('not found', './fixtures/absent.wasm');
rmSync(dir, { recursive: true });

const require = createRequire(import.meta.url);
try {
  require('./fixtures/math.wasm');
} catch (e) {
  console.log('require', e.name);
}
