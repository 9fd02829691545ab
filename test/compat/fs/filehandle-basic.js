'use strict';
// fs/promises open() and FileHandle: write, read back, stat, truncate, the 'close' event, fd after close.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-fh-'));
const file = path.join(dir, 'a.txt');

(async () => {
  const fh = await fsp.open(file, 'w+');
  console.log(fh.constructor.name, fh instanceof require('events'), typeof fh.fd, fh.fd > 2);
  console.log(await fh.write('hello world'));
  const r = await fh.read(Buffer.alloc(5), 0, 5, 0);
  console.log(r.bytesRead, r.buffer.toString());
  console.log('size', (await fh.stat()).size, (await fh.stat()).isFile());
  await fh.truncate(4);
  console.log('after truncate', fs.readFileSync(file, 'utf8'));
  await fh.sync();
  await fh.datasync();
  await fh.chmod(0o600);
  console.log('mode', (fs.statSync(file).mode & 0o777).toString(8));
  fh.on('close', () => console.log('close event, fd', fh.fd));
  const closing = fh.close();
  console.log('close is own', Object.hasOwn(fh, 'close'), closing instanceof Promise);
  await closing;
  console.log('closed fd', fh.fd);
  console.log('second close', await fh.close());
  fs.rmSync(dir, { recursive: true });
})();
