'use strict';
// FileHandle.readableWebStream: a byte stream of Uint8Arrays (default and BYOB readers); the handle stays open
// and locked afterwards; asyncDispose closes it.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-fhw-'));
const file = path.join(dir, 'a.txt');
fs.writeFileSync(file, 'x'.repeat(100000));

(async () => {
  const fh = await fsp.open(file);
  const rs = fh.readableWebStream();
  console.log(rs.constructor.name);
  let total = 0;
  const kinds = new Set();
  for await (const chunk of rs) {
    total += chunk.length;
    kinds.add(chunk.constructor.name);
  }
  console.log(total, [...kinds], fh.fd > 2);
  try {
    fh.readableWebStream();
  } catch (e) {
    console.log(e.code, e.message);
  }
  await fh.close();
  const fh2 = await fsp.open(file);
  const reader = fh2.readableWebStream().getReader({ mode: 'byob' });
  const { value, done } = await reader.read(new Uint8Array(7));
  console.log(value.length, done, Buffer.from(value).toString());
  await reader.cancel();
  fh2.on('close', () => console.log('disposed'));
  await fh2[Symbol.asyncDispose]();
  console.log('after dispose', fh2.fd);
  fs.rmSync(dir, { recursive: true });
})();
