'use strict';
// Streams over a FileHandle (createReadStream/createWriteStream, or { fd: handle }): they close the handle
// when done, and a handle closed elsewhere ends them.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-fhs-'));
const file = path.join(dir, 'a.txt');

(async () => {
  let fh = await fsp.open(file, 'w');
  const ws = fh.createWriteStream();
  console.log('ws fd is number', typeof ws.fd, ws.fd === fh.fd, ws.path);
  ws.write('line one\n');
  ws.end('line two\n');
  await new Promise((resolve) => ws.on('close', resolve));
  console.log('handle after write stream', fh.fd, ws.bytesWritten);
  fh = await fsp.open(file);
  const chunks = [];
  const rs = fh.createReadStream({ encoding: 'utf8', start: 5, highWaterMark: 4 });
  rs.on('open', () => console.log('open event'));
  for await (const c of rs) chunks.push(c);
  console.log(chunks, 'handle after read stream', fh.fd);
  fh = await fsp.open(file);
  const rs2 = fs.createReadStream(null, { fd: fh, autoClose: false });
  let text = '';
  for await (const c of rs2) text += c;
  console.log(JSON.stringify(text), 'autoClose false keeps', fh.fd > 2);
  const rs3 = fs.createReadStream(null, { fd: fh, start: 0 });
  rs3.on('close', () => console.log('rs3 closed, destroyed', rs3.destroyed));
  await fh.close();
  try {
    fs.createReadStream(null, { fd: fh });
  } catch (e) {
    console.log(e.code, e.message);
  }
  try {
    fs.createWriteStream(null, { fd: {} });
  } catch (e) {
    console.log(e.code, e.message);
  }
  fs.rmSync(dir, { recursive: true });
})();
