'use strict';
// fs.watchFile/unwatchFile: a StatWatcher polling at `interval`; a missing file is reported once with zeroed
// stats, then its creation and changes (current and previous Stats); listeners share one watcher per path.
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-watchfile-'));
process.chdir(dir);
const settle = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

(async () => {
  const calls = [];
  const listener = (curr, prev) => calls.push([curr.constructor.name, curr.size, prev.size, curr.isFile(), prev.mtimeMs === 0]);
  const watcher = fs.watchFile('target', { interval: 20 }, listener);
  console.log(watcher.constructor.name, watcher instanceof require('events'));
  const second = () => calls.push('second listener');
  console.log('same watcher', fs.watchFile('target', { interval: 20 }, second) === watcher);
  await settle(200);
  fs.writeFileSync('target', 'abc');
  await settle(200);
  fs.unwatchFile('target', second);
  fs.appendFileSync('target', 'de');
  await settle(200);
  console.log(calls);
  watcher.on('stop', () => console.log('stop event'));
  fs.unwatchFile('target');
  fs.unwatchFile('never-watched');
  await settle(50);
  fs.appendFileSync('target', 'f');
  await settle(100);
  console.log('calls after unwatch', calls.length);
  for (const bad of [['target'], [1, () => {}]]) {
    try {
      fs.watchFile(...bad);
    } catch (e) {
      console.log(e.code, e.message);
    }
  }
  fs.watchFile('target', { persistent: false, interval: 10 }, () => {});
  process.on('exit', () => {
    process.chdir(os.tmpdir());
    fs.rmSync(dir, { recursive: true });
    console.log('exit with a non-persistent StatWatcher');
  });
})();
