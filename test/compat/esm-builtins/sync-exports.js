// syncBuiltinESMExports copies a builtin's current properties into its named exports.
import fs, { readFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const original = fs.readFileSync;
fs.readFileSync = function patched() { return 'patched'; };
console.log(readFileSync === original);
syncBuiltinESMExports();
console.log(readFileSync.name, readFileSync());
fs.readFileSync = original;
syncBuiltinESMExports();
console.log(readFileSync === original);
