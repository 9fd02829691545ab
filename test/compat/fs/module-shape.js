'use strict';
// The names node:fs and node:fs/promises export, mkdtempDisposable(Sync), FileReadStream/FileWriteStream aliases.
const fs = require('fs');
const path = require('path');
const os = require('os');

const known = new Set(['Utf8Stream', 'openAsBlob', '_toUnixTimestamp', 'F_OK', 'R_OK', 'W_OK', 'X_OK']);
console.log(Object.keys(fs).filter((k) => !known.has(k)).sort().join(' '));
console.log(Object.keys(fs.promises).sort().join(' '));
console.log(fs.promises.constants === fs.constants, 'lchmod' in fs, fs.lchmod, fs.FileReadStream === fs.ReadStream,
  fs.FileWriteStream === fs.WriteStream);
const d = fs.mkdtempDisposableSync(path.join(os.tmpdir(), 'jnode-disp-'));
console.log(Object.keys(d), typeof d[Symbol.dispose], fs.existsSync(d.path));
fs.writeFileSync(path.join(d.path, 'inside'), 'x');
d.remove();
d.remove();
console.log('removed', fs.existsSync(d.path));
try {
  fs.mkdtempDisposableSync(1);
} catch (e) {
  console.log(e.code, e.message);
}
(async () => {
  const a = await fs.promises.mkdtempDisposable(path.join(os.tmpdir(), 'jnode-dispa-'));
  console.log(Object.keys(a), typeof a[Symbol.asyncDispose], fs.existsSync(a.path));
  await a[Symbol.asyncDispose]();
  console.log('disposed', fs.existsSync(a.path));
})();
