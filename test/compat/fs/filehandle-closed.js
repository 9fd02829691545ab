'use strict';
// Methods of a closed FileHandle reject with EBADF 'file closed' naming the syscall; close() while a read is
// in flight waits for it.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-fhc-'));
const file = path.join(dir, 'a.txt');
fs.writeFileSync(file, 'some text');

async function show(label, promise) {
  try {
    console.log(label, await promise);
  } catch (e) {
    console.log(label, e.name, e.code, e.syscall, e.message, e.errno, e.path);
  }
}

(async () => {
  const fh = await fsp.open(file);
  // Explicit positions: two reads at the current position race on the thread pool (in Node too).
  const pending = fh.read(Buffer.alloc(16), 0, 16, 0);
  const closing = fh.close();
  await show('read while closing', fh.read(Buffer.alloc(16), 0, 16, 9));
  console.log('pending read', (await pending).bytesRead);
  await closing;
  for (const [name, args] of [['read', []], ['write', ['x']], ['stat', []], ['truncate', []], ['sync', []],
    ['datasync', []], ['chmod', [0o644]], ['chown', [0, 0]], ['utimes', [1, 1]], ['readFile', []],
    ['writeFile', ['x']], ['appendFile', ['x']], ['readv', [[Buffer.alloc(1)]]], ['writev', [[Buffer.alloc(1)]]]]) {
    await show(name, fh[name](...args));
  }
  try {
    fh.readableWebStream();
  } catch (e) {
    console.log('readableWebStream', e.code, e.message);
  }
  await show('open missing', fsp.open(path.join(dir, 'missing')).catch((e) => {
    throw Object.assign(e, { path: path.basename(e.path), message: e.message.replace(dir, '<dir>') });
  }));
  fs.rmSync(dir, { recursive: true });
})();
