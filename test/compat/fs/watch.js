'use strict';
// fs.watch on a directory and on a file: the 'change'/'rename' events inotify gives for each operation, the
// filename encoding, close/'close', a missing path's error, persistent: false, signal.
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-watch-'));
process.chdir(dir);
const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));

(async () => {
  try {
    fs.watch('missing');
  } catch (e) {
    console.log(e.message, e.code, e.errno, e.syscall, e.path, e.filename, Object.keys(e));
  }
  const events = [];
  const w = fs.watch('.', (type, name) => events.push(`${type} ${name}`));
  console.log(w.constructor.name, w.ref() === w, w.unref() === w);
  w.ref();
  fs.writeFileSync('f', 'x');
  fs.mkdirSync('d');
  fs.chmodSync('f', 0o600);
  fs.renameSync('f', 'g');
  fs.unlinkSync('g');
  fs.rmdirSync('d');
  await settle();
  console.log(events);
  w.on('close', () => console.log('close event'));
  w.close();
  w.close();
  fs.writeFileSync('after-close', '');
  await settle(100);
  console.log(events.length);

  fs.writeFileSync('file', 'a');
  const fileEvents = [];
  const fw = fs.watch('file', { encoding: 'buffer' }, (type, name) => fileEvents.push([type, Buffer.isBuffer(name), `${name}`]));
  fs.appendFileSync('file', 'b');
  fs.chmodSync('file', 0o600);
  await settle();
  fw.close();
  console.log(fileEvents);

  const hexEvents = [];
  const hw = fs.watch('.', { encoding: 'hex' }, (type, name) => hexEvents.push(`${type} ${name}`));
  fs.mkdirSync('e');
  await settle();
  hw.close();
  console.log(hexEvents);

  const ac = new AbortController();
  const sw = fs.watch('.', { signal: ac.signal });
  sw.on('close', () => console.log('closed by signal'));
  ac.abort();
  await settle(50);

  for (const bad of [[1], ['.', { persistent: 1 }], ['.', { recursive: 'yes' }], ['.', { encoding: 'nope' }], ['.', { signal: 1 }]]) {
    try {
      fs.watch(...bad);
    } catch (e) {
      console.log(e.code, e.message);
    }
  }
  fs.watch('.', { persistent: false });
  process.on('exit', () => {
    process.chdir(os.tmpdir());
    fs.rmSync(dir, { recursive: true });
    console.log('exit with a non-persistent watcher open');
  });
})();
