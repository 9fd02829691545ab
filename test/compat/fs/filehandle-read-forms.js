'use strict';
// FileHandle.read in its three forms, its defaults, position null vs numbers and bigints; readv and writev.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-fhr-'));
const file = path.join(dir, 'a.txt');
fs.writeFileSync(file, '0123456789abcdef');

(async () => {
  const fh = await fsp.open(file, 'r+');
  let r = await fh.read(Buffer.alloc(4), 1, 2, 3);
  console.log('positional', r.bytesRead, JSON.stringify(r.buffer.toString('latin1')));
  r = await fh.read(Buffer.alloc(6), { offset: 2, length: 3, position: 10n });
  console.log('options', r.bytesRead, JSON.stringify(r.buffer.toString('latin1')));
  r = await fh.read({ buffer: Buffer.alloc(3) });
  console.log('options only', r.bytesRead, r.buffer.toString());
  r = await fh.read({ buffer: Buffer.alloc(3) });
  console.log('continues', r.bytesRead, r.buffer.toString());
  r = await fh.read();
  console.log('defaults', r.bytesRead, r.buffer.length, r.buffer.subarray(0, r.bytesRead).toString());
  r = await fh.read(new Uint8Array(4), 0, 4, 0);
  console.log('Uint8Array', r.bytesRead, r.buffer.constructor.name, Buffer.from(r.buffer).toString());
  const bufs = [Buffer.alloc(3), Buffer.alloc(5)];
  const rv = await fh.readv(bufs, 2);
  console.log('readv', rv.bytesRead, rv.buffers === bufs, bufs.map(String));
  const wv = await fh.writev([Buffer.from('AB'), Buffer.from('CD')], 0);
  console.log('writev', wv.bytesWritten, wv.buffers.map(String));
  const w = await fh.write(Buffer.from('xyz'), 1, 2, 14);
  console.log('write', w.bytesWritten, w.buffer.toString());
  const ws = await fh.write('end', 16, 'utf8');
  console.log('write string', ws.bytesWritten, ws.buffer);
  await fh.close();
  console.log(fs.readFileSync(file, 'utf8'));
  fs.rmSync(dir, { recursive: true });
})();
