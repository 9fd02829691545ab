'use strict';
// FileHandle.readFile/writeFile/appendFile: from the current position, encodings, iterables and streams as data.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');
const { Readable } = require('stream');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-fhf-'));
const file = path.join(dir, 'a.txt');

(async () => {
  let fh = await fsp.open(file, 'w');
  await fh.writeFile('first ');
  await fh.writeFile(Buffer.from('second '));
  await fh.appendFile('68656c6c6f20', 'hex');
  await fh.writeFile(['a', 'b', Buffer.from('c')]);
  await fh.writeFile((async function* gen() { yield 'd'; yield new Uint8Array([101]); })());
  await fh.writeFile(Readable.from(['f', 'g']));
  await fh.close();
  console.log(JSON.stringify(fs.readFileSync(file, 'utf8')));
  fh = await fsp.open(file);
  console.log(JSON.stringify(await fh.readFile('utf8')));
  console.log('at end', JSON.stringify(await fh.readFile({ encoding: 'utf8' })));
  await fh.read(Buffer.alloc(1), 0, 1, 0);
  const buf = await fh.readFile();
  console.log(Buffer.isBuffer(buf), buf.length);
  const ac = new AbortController();
  ac.abort();
  await fh.readFile({ signal: ac.signal }).catch((e) => console.log('aborted', e.name, e.code));
  await fh.close();
  fh = await fsp.open(file, 'a');
  await fh.writeFile(42).catch((e) => console.log(e.code, e.message));
  await fh.close();
  fs.rmSync(dir, { recursive: true });
})();
