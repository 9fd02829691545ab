// Named exports change only on syncBuiltinESMExports, for every importer alike.
import os from 'node:os';
import { tmpdir } from 'node:os';
import { syncBuiltinESMExports } from 'node:module';
const other = await import('node:os');
const original = os.tmpdir;
os.tmpdir = () => '<changed>';
console.log(tmpdir === original, other.tmpdir === original);
syncBuiltinESMExports();
console.log(tmpdir(), other.tmpdir());
os.tmpdir = original;
syncBuiltinESMExports();
console.log(tmpdir === original);
