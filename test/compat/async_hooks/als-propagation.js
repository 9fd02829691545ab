// AsyncLocalStorage's store reaches every kind of continuation created inside run(), and none outside it.
const { AsyncLocalStorage } = require('node:async_hooks');
const fs = require('node:fs');
const { execFile } = require('node:child_process');

const als = new AsyncLocalStorage();
const seen = [];
const note = (where) => seen.push(`${where}: ${JSON.stringify(als.getStore())}`);

als.run({ request: 1 }, async () => {
  note('sync');
  await null;
  note('after await');
  await new Promise((resolve) => setTimeout(resolve, 1));
  note('after awaiting a timer');
  process.nextTick(() => note('nextTick'));
  queueMicrotask(() => note('queueMicrotask'));
  Promise.resolve().then(() => note('then'));
  Promise.reject(new Error('x')).catch(() => note('catch'));
  setImmediate(() => note('setImmediate'));
  const interval = setInterval(() => {
    note('setInterval');
    clearInterval(interval);
  }, 1);
  fs.stat(__filename, () => note('fs callback'));
  await fs.promises.readFile(__filename);
  note('after fs.promises');
  execFile(process.execPath, ['-e', '0'], () => note('child_process callback'));
});
note('outside run');
setTimeout(() => note('timer created outside'), 1);

process.on('exit', () => {
  for (const line of seen.sort()) console.log(line);
});
